package io.github.touchstone.examples.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.touchstone.examples.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Customer}, moved from Spring Data auditing: the generated listener sets the columns
 * {@code @CreatedDate}/{@code @LastModifiedDate} used to, from its clock, and rows Spring Data
 * wrote before the move pass the validator and go on from there. The auditor columns are left
 * alone (where Spring Data's listener stays, it keeps setting them).
 */
class SpringDataMigrationTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    final MigrationDatabase db = MigrationDatabase.h2("touchstone-migration-spring-data");
    final MutableClock clock = MutableClock.at(T0);
    SessionFactory factory;

    @BeforeEach
    void open() {
        factory = db.open(MigrationDatabase.listeners(clock), "create-drop", Customer.class);
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theListenerSetsTheColumnsSpringDataAuditingSet() {
        Customer created = factory.fromTransaction(session -> {
            Customer customer = new Customer("ada");
            session.persist(customer);
            return customer;
        });
        assertEquals(micros(T0), created.getCreatedDate());
        assertEquals(micros(T0), created.getLastModifiedDate(), "one instant for both, as updatedOnCreate says");

        Instant t1 = clock.advance(Duration.ofSeconds(90));
        factory.inTransaction(session -> session.find(Customer.class, created.getId()).setName("ada l."));
        Customer read = reload(created.getId());
        assertEquals(micros(T0), read.getCreatedDate());
        assertEquals(micros(t1), read.getLastModifiedDate());
    }

    @Test
    void rowsSpringDataWroteBeforeTheMovePassTheValidatorAndGoOn() throws SQLException {
        Instant created = Instant.parse("2025-06-01T08:00:00.123457Z");
        Instant modified = Instant.parse("2025-12-24T17:30:00.5Z");
        try (Connection connection = db.jdbc(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO touchstone_mig_customer (name, created_by, last_modified_by, created_date,"
                        + " last_modified_date) VALUES ('grace', 'ada', 'linus', ?, ?)")) {
            insert.setObject(1, created.atOffset(ZoneOffset.UTC));
            insert.setObject(2, modified.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        Customer legacy = factory.fromSession(session ->
                session.createQuery("from Customer", Customer.class).getSingleResult());
        assertEquals(List.of(), CustomerTimestamps.withClock(clock).validate(legacy));

        factory.inTransaction(session -> session.find(Customer.class, legacy.getId()).setName("grace h."));
        Customer read = reload(legacy.getId());
        assertEquals(created, read.getCreatedDate());
        assertEquals(micros(T0), read.getLastModifiedDate());
        assertEquals("ada", read.getCreatedBy(), "Touchstone leaves the auditor columns alone");
        assertEquals("linus", read.getLastModifiedBy());
    }

    private Customer reload(long id) {
        return factory.fromSession(session -> session.find(Customer.class, id));
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
