package io.github.touchstone.examples.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link AbstractAuditingEntity}, a JHipster-style generic audit base moved to Touchstone: the
 * helpers generated for the base return the subclass, its listener runs for every subclass, and
 * why the {@code = Instant.now()} initializers must go.
 */
class AuditingEntityMigrationTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    final MigrationDatabase db = MigrationDatabase.h2("touchstone-migration-auditing-entity");

    @Test
    void theHelpersOfTheBaseClassReturnTheSubclass() {
        AbstractAuditingEntityTimestamps audit = AbstractAuditingEntityTimestamps.withClock(MutableClock.at(T0));
        Book dune = audit.onCreate(new Book("Dune"));
        assertEquals(micros(T0), dune.getCreatedDate());
        assertEquals(micros(T0), dune.getLastModifiedDate());

        Instant t1 = T0.plus(Duration.ofHours(1));
        AbstractAuditingEntityTimestamps later = AbstractAuditingEntityTimestamps.withClock(MutableClock.at(t1));
        Book emma = audit.onCreate(new Book("Emma"));
        List<Book> books = later.touchAll(List.of(dune, emma));
        assertSame(dune, books.get(0), "changed in place");
        assertEquals(micros(t1), emma.getLastModifiedDate());

        // entities of any subclass, in one list: the bound is AbstractAuditingEntity<?>
        List<AbstractAuditingEntity<?>> anyEntities = new ArrayList<>(List.of(dune, emma));
        List<AbstractAuditingEntity<?>> touched = later.touchAll(anyEntities);
        assertEquals(2, touched.size());
        AbstractAuditingEntityTimestamps validator = AbstractAuditingEntityTimestamps.withClock(
                MutableClock.at(t1));
        assertEquals(List.of(), validator.validate(dune));
        assertEquals(List.of(), validator.validate(emma));
    }

    @Test
    void theListenerOfTheBaseClassRunsForEverySubclass() {
        MutableClock clock = MutableClock.at(T0);
        try (SessionFactory factory = db.open(MigrationDatabase.listeners(clock), "create-drop", Book.class)) {
            Book created = factory.fromTransaction(session -> {
                Book book = new Book("Dune");
                book.setCreatedBy("ada"); // what Spring Data's AuditingEntityListener would fill in
                session.persist(book);
                return book;
            });
            assertEquals(micros(T0), created.getCreatedDate());
            assertEquals(micros(T0), created.getLastModifiedDate());

            Instant t1 = clock.advance(Duration.ofMinutes(5));
            factory.inTransaction(session -> session.find(Book.class, created.getId()).setTitle("Dune Messiah"));
            Book read = factory.fromSession(session -> session.find(Book.class, created.getId()));
            assertEquals(micros(T0), read.getCreatedDate());
            assertEquals(micros(t1), read.getLastModifiedDate());
        }
    }

    @Test
    void anInitializerBypassesTheListenersClock() {
        // a test pins its clock (here a day back); the initializers read the system clock at new
        MutableClock clock = MutableClock.at(Instant.now().minus(Duration.ofDays(1)));
        try (SessionFactory factory = db.open(MigrationDatabase.listeners(clock)
                        .register(InitializedAuditTimestamps.class, InitializedAuditTimestamps::new),
                "create-drop", InitializedAudit.class)) {
            TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                    () -> factory.inTransaction(session -> session.persist(new InitializedAudit())));
            assertEquals(List.of(Rule.IN_FUTURE, Rule.IN_FUTURE),
                    refused.violations().stream().map(TimestampViolation::rule).toList(),
                    "onCreate kept the initializers' values: a day after the clock");
        }
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
