package io.github.touchstone.examples.jpa;

/** The safety-net listener on an in-memory H2 database, kept for the whole test class. */
class H2SafetyNetTest extends SafetyNetContract {

    @Override
    Database database() {
        return Database.h2("touchstone-safety-net");
    }
}
