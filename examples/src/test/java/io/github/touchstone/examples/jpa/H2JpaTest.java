package io.github.touchstone.examples.jpa;

/** The JPA contract on an in-memory H2 database, kept for the whole test class. */
class H2JpaTest extends JpaContract {

    @Override
    Database database() {
        return Database.h2("touchstone-jpa");
    }
}
