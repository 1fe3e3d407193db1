package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.examples.MutableClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every JPA test of the examples needs, on whichever database its subclass names: one
 * {@link EntityManagerFactory} per test class, opened on this class's {@link MutableClock} (the
 * listeners are built on it by a {@link ClockBeanContainer}, so a test knows what "now" is), the
 * tables emptied and the clock set back to {@link #T0} before each test, transactions, fresh reads,
 * and plain JDBC to read what the table really holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaTestBase {

    /** Nanoseconds on the clock: the listeners truncate them to MICROS, which the columns keep. */
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    final MutableClock clock;
    private EntityManagerFactory factory;

    /** On a clock that moves only when a test moves it. */
    JpaTestBase() {
        this(Duration.ZERO);
    }

    /**
     * On a clock that also moves by {@code tick} after every reading, so that code that reads it
     * twice where it should read it once shows up.
     */
    JpaTestBase(Duration tick) {
        this.clock = MutableClock.ticking(T0, tick);
    }

    /** The database under test (PostgreSQL ones skip the test class where there is none). */
    abstract Database database();

    String url() {
        return database().url();
    }

    String user() {
        return database().user();
    }

    String password() {
        return database().password();
    }

    /** Opens the factory under test: {@link JpaBootstrap}'s entities, on {@link #clock}. */
    EntityManagerFactory openFactory() {
        return JpaBootstrap.open(url(), user(), password(), clock);
    }

    /** Deletes every row the tests may have written, children first. */
    void emptyTables(EntityManager em) {
        for (String entity : new String[] {"SessionEntity", "AgentEntity", "TaskEntity", "Visit", "Member",
                "OrderLine", "PurchaseOrder", "Account"}) {
            em.createQuery("delete from " + entity).executeUpdate();
        }
    }

    @BeforeEach
    void openAndEmpty() {
        if (factory == null) {
            factory = openFactory();
        }
        clock.set(T0);
        write(this::emptyTables);
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    Instant advance(Duration amount) {
        return clock.advance(amount);
    }

    /** Runs {@code work} in a transaction of a new entity manager and commits; rolls back on failure. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    /** Like {@link #inTransaction(Function)}, for work that returns nothing. */
    void write(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Reads with a new entity manager: nothing comes from a persistence context that saw the writes. */
    <T> T fresh(Function<EntityManager, T> read) {
        EntityManager em = factory.createEntityManager();
        try {
            return read.apply(em);
        } finally {
            em.close();
        }
    }

    Connection jdbc() throws SQLException {
        return user() == null ? DriverManager.getConnection(url())
                : DriverManager.getConnection(url(), user(), password() == null ? "" : password());
    }

    /** Counts the rows of a table over plain JDBC, outside Hibernate. */
    long rows(String table) throws SQLException {
        try (Connection connection = jdbc(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Reads one timestamp column of one row over plain JDBC. */
    Instant column(String table, String column, long id) throws SQLException {
        try (Connection connection = jdbc();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), () -> "no row " + id + " in " + table);
                OffsetDateTime value = result.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
        }
    }
}
