package io.github.touchstone.examples.jpa;

/** A bytecode-enhanced entity on an in-memory H2 database, kept for the whole test class. */
class H2EnhancedEntityTest extends EnhancedEntityContract {

    @Override
    Database database() {
        return Database.h2("touchstone-enhanced");
    }
}
