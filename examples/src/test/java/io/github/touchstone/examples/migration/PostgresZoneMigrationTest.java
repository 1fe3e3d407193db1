package io.github.touchstone.examples.migration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;

/**
 * The zone migration on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional). Each test creates
 * the {@code touchstone_mig_*} tables and drops them.
 */
class PostgresZoneMigrationTest extends ZoneMigrationContract {

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(MigrationDatabase.postgres() != null, "TOUCHSTONE_PG_URL not set: PostgreSQL zone migration skipped");
    }

    @Override
    MigrationDatabase database() {
        return MigrationDatabase.postgres();
    }

    /** PostgreSQL takes the offset in force after the clocks went back: winter time, 01:30Z. */
    @Override
    Instant ambiguousWallTimeReadAs() {
        return Instant.parse("2025-10-26T01:30:00Z");
    }
}
