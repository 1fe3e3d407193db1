package io.github.touchstone.examples.jpa;

/** The JPA contract on an in-memory H2 database, kept for the whole test class. */
class H2JpaTest extends JpaContract {

    @Override
    String url() {
        return "jdbc:h2:mem:touchstone-jpa;DB_CLOSE_DELAY=-1";
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
