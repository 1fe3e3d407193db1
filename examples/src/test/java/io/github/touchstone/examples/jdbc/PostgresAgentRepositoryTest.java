package io.github.touchstone.examples.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;

/**
 * The repository contract on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional). Every test rolls back,
 * so the database is left as it was found.
 */
class PostgresAgentRepositoryTest extends AgentRepositoryContract {

    private static final String URL = System.getenv("TOUCHSTONE_PG_URL");

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(URL != null && !URL.isBlank(), "TOUCHSTONE_PG_URL not set: PostgreSQL round trip skipped");
    }

    @Override
    Connection connect() throws SQLException {
        String user = System.getenv("TOUCHSTONE_PG_USER");
        String password = System.getenv("TOUCHSTONE_PG_PASSWORD");
        return user == null ? DriverManager.getConnection(URL)
                : DriverManager.getConnection(URL, user, password == null ? "" : password);
    }
}
