package io.github.touchstone.examples.jpa;

/** Embedded audit values on an in-memory H2 database, kept for the whole test class. */
class H2EmbeddedAuditTest extends EmbeddedAuditContract {

    @Override
    Database database() {
        return Database.h2("touchstone-embedded");
    }
}
