package io.github.touchstone.examples.jpa;

/** A bytecode-enhanced entity on an in-memory H2 database, kept for the whole test class. */
class H2EnhancedEntityTest extends EnhancedEntityContract {

    @Override
    String url() {
        return "jdbc:h2:mem:touchstone-enhanced;DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return null;
    }

    @Override
    String password() {
        return null;
    }
}
