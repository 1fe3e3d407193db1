package io.github.touchstone.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The repository contract on a private in-memory H2 database per test. */
class H2AgentRepositoryTest extends AgentRepositoryContract {

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:");
    }
}
