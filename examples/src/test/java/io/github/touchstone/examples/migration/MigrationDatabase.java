package io.github.touchstone.examples.migration;

import io.github.touchstone.examples.jpa.ClockBeanContainer;
import io.github.touchstone.examples.jpa.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * A database the migration tests write to: over plain JDBC as the application did before, with
 * SQL scripts as a migration tool would, and through Hibernate with the generated listeners.
 *
 * @param dialect {@code h2} or {@code postgresql}: the folder of {@code migration/} whose scripts
 *     apply
 * @param database where it is
 */
record MigrationDatabase(String dialect, Database database) {

    /** An in-memory H2 database of that name. */
    static MigrationDatabase h2(String name) {
        return new MigrationDatabase("h2", Database.h2(name));
    }

    /** PostgreSQL where {@code TOUCHSTONE_PG_URL} names one; else the calling test is skipped. */
    static MigrationDatabase postgres(String tests) {
        return new MigrationDatabase("postgresql", Database.postgres(tests));
    }

    /** The bean container that builds every generated listener of the migration examples on {@code clock}. */
    static ClockBeanContainer listeners(Clock clock) {
        return new ClockBeanContainer(clock)
                .register(CustomerTimestamps.class, CustomerTimestamps::new)
                .register(ProductTimestamps.class, ProductTimestamps::new)
                .register(AbstractAuditingEntityTimestamps.class, AbstractAuditingEntityTimestamps::new)
                .register(ReservationTimestamps.class, ReservationTimestamps::new)
                .register(VisitTimestamps.class, VisitTimestamps::new);
    }

    Connection jdbc() throws SQLException {
        String user = database.user();
        String password = database.password();
        return user == null ? DriverManager.getConnection(database.url())
                : DriverManager.getConnection(database.url(), user, password == null ? "" : password);
    }

    /** Runs SQL statements, one after the other, on one connection. */
    void execute(String... statements) throws SQLException {
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Runs a script of the class path on one connection, as a migration tool would: statements end
     * with a {@code ;} at the end of a line, lines starting with {@code --} are comments.
     *
     * @param sessionSetup statements run first on the same connection (a session's time zone)
     */
    void runScript(String resource, String... sessionSetup) throws SQLException {
        List<String> statements = new ArrayList<>(List.of(sessionSetup));
        StringBuilder current = new StringBuilder();
        for (String line : read(resource).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException(resource + ": a statement without its ';': " + current);
        }
        execute(statements.toArray(String[]::new));
    }

    /**
     * A column as the database describes it, such as {@code timestamp with time zone(6) not null}
     * (PostgreSQL's {@code timestamptz} is spelled out).
     */
    String describe(String table, String column) throws SQLException {
        try (Connection connection = jdbc()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet columns = metadata.getColumns(null, null, identifier(metadata, table),
                    identifier(metadata, column))) {
                if (!columns.next()) {
                    throw new IllegalArgumentException("no column " + table + "." + column);
                }
                String type = columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                return (type.equals("timestamptz") ? "timestamp with time zone" : type)
                        + "(" + columns.getInt("DECIMAL_DIGITS") + ")"
                        + (columns.getString("IS_NULLABLE").equals("NO") ? " not null" : "");
            }
        }
    }

    private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** The script of this database's dialect: {@code migration/<dialect>/<name>}. */
    String script(String name) {
        return "migration/" + dialect + "/" + name;
    }

    /**
     * Opens Hibernate on {@code entities} with the listeners {@code listeners} builds.
     *
     * @param ddl {@code hibernate.hbm2ddl.auto}: {@code create-drop}, or {@code validate} where a
     *     script made the schema
     */
    SessionFactory open(ClockBeanContainer listeners, String ddl, Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, database.url());
        if (database.user() != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, database.user());
        }
        if (database.password() != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password());
        }
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, ddl);
        configuration.getProperties().put(AvailableSettings.BEAN_CONTAINER, Objects.requireNonNull(listeners));
        return configuration.buildSessionFactory();
    }

    private static String read(String resource) {
        try (InputStream in = MigrationDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
