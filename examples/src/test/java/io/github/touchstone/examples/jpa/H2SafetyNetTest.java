package io.github.touchstone.examples.jpa;

/** The safety-net listener on an in-memory H2 database, kept for the whole test class. */
class H2SafetyNetTest extends SafetyNetContract {

    @Override
    String url() {
        return "jdbc:h2:mem:touchstone-safety-net;DB_CLOSE_DELAY=-1";
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
