package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * A bytecode-enhanced entity on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional). Hibernate creates
 * the {@code touchstone_jpa_member} table when the class starts and drops them when it ends.
 */
class PostgresEnhancedEntityTest extends EnhancedEntityContract {

    private static final String URL = System.getenv("TOUCHSTONE_PG_URL");

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(URL != null && !URL.isBlank(), "TOUCHSTONE_PG_URL not set: PostgreSQL enhanced entity tests skipped");
    }

    @Override
    String url() {
        return URL;
    }

    @Override
    String user() {
        return System.getenv("TOUCHSTONE_PG_USER");
    }

    @Override
    String password() {
        return System.getenv("TOUCHSTONE_PG_PASSWORD");
    }
}
