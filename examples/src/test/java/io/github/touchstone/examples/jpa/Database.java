package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database a JPA test class runs on (public: the migration tests run on it too).
 *
 * @param url the JDBC URL
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record Database(String url, String user, String password) {

    /** An in-memory H2 database of that name, kept while the test class runs. */
    public static Database h2(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, null);
    }

    /**
     * PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL; {@code TOUCHSTONE_PG_USER}
     * and {@code TOUCHSTONE_PG_PASSWORD} are optional): else the calling test is skipped, saying
     * which {@code tests} were.
     */
    public static Database postgres(String tests) {
        String url = System.getenv("TOUCHSTONE_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "TOUCHSTONE_PG_URL not set: PostgreSQL " + tests + " skipped");
        return new Database(url, System.getenv("TOUCHSTONE_PG_USER"), System.getenv("TOUCHSTONE_PG_PASSWORD"));
    }
}
