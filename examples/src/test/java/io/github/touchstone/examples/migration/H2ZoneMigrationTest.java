package io.github.touchstone.examples.migration;

import java.time.Instant;

/** The zone migration on an in-memory H2 database. */
class H2ZoneMigrationTest extends ZoneMigrationContract {

    @Override
    MigrationDatabase database() {
        return MigrationDatabase.h2("touchstone-migration-zone");
    }

    /** H2, like {@code java.time}'s {@code atZone}, takes the earlier offset: summer time, 00:30Z. */
    @Override
    Instant ambiguousWallTimeReadAs() {
        return Instant.parse("2025-10-26T00:30:00Z");
    }
}
