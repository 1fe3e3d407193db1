package io.github.touchstone.examples.migration;

import java.time.Instant;

/**
 * The zone migration on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional), else skipped. Each
 * test creates the {@code touchstone_mig_*} tables and drops them.
 */
class PostgresZoneMigrationTest extends ZoneMigrationContract {

    @Override
    MigrationDatabase database() {
        return MigrationDatabase.postgres("zone migration");
    }

    /** PostgreSQL takes the offset in force after the clocks went back: winter time, 01:30Z. */
    @Override
    Instant ambiguousWallTimeReadAs() {
        return Instant.parse("2025-10-26T01:30:00Z");
    }
}
