package io.github.touchstone.examples.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link Product}, moved from Hibernate's {@code @CreationTimestamp}/{@code @UpdateTimestamp}: rows
 * Hibernate stamped before the move fit the new mapping, pass the validator and go on from there;
 * and why the Hibernate annotations must go (they overwrite what the listener set and checked).
 */
class HibernateTimestampsMigrationTest {

    final MigrationDatabase db = MigrationDatabase.h2("touchstone-migration-hibernate");

    @Test
    void rowsHibernateStampedBeforeTheMoveFitTheNewMappingAndGoOn() {
        // before: Hibernate creates the table (dropping what an earlier run left) and stamps the rows from the
        // system clock
        List<Long> ids;
        try (SessionFactory before = db.open(MigrationDatabase.listeners(MutableClock.at(Instant.now())), "create",
                HibernateStampedProduct.class)) {
            ids = before.fromTransaction(session -> {
                HibernateStampedProduct lamp = new HibernateStampedProduct("lamp");
                HibernateStampedProduct desk = new HibernateStampedProduct("desk");
                session.persist(lamp);
                session.persist(desk);
                return List.of(lamp.id, desk.id);
            });
            before.inTransaction(session -> session.find(HibernateStampedProduct.class, ids.get(1)).name = "oak desk");
        }

        // after: the same table, validated against Product's mapping, and the generated listener on a clock a
        // minute later
        MutableClock clock = MutableClock.at(Instant.now().plus(Duration.ofMinutes(1)));
        try (SessionFactory after = db.open(MigrationDatabase.listeners(clock), "validate", Product.class)) {
            List<Product> legacy = after.fromSession(session ->
                    session.createQuery("from Product order by id", Product.class).getResultList());
            ProductTimestamps validator = ProductTimestamps.withClock(clock);
            for (Product product : legacy) {
                assertEquals(List.of(), validator.validate(product), product.getName());
            }

            Instant createdOn = legacy.get(0).getCreatedOn();
            after.inTransaction(session -> session.find(Product.class, ids.get(0)).setName("brass lamp"));
            Product read = after.fromSession(session -> session.find(Product.class, ids.get(0)));
            assertEquals(createdOn, read.getCreatedOn());
            assertEquals(clock.instant().truncatedTo(ChronoUnit.MICROS), read.getUpdatedOn());
        }
    }

    @Test
    void keptNextToTheListenerCreationTimestampOverwritesWhatTheListenerChecked() {
        // a test's clock pinned a day back: the listener sets and checks that day; Hibernate stamps today
        MutableClock clock = MutableClock.at(Instant.now().minus(Duration.ofDays(1)));
        Instant pinned = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (SessionFactory factory = db.open(MigrationDatabase.listeners(clock)
                        .register(DoublyStampedProductTimestamps.class, DoublyStampedProductTimestamps::new),
                "create-drop", DoublyStampedProduct.class)) {
            DoublyStampedProduct product = factory.fromTransaction(session -> {
                DoublyStampedProduct created = new DoublyStampedProduct();
                session.persist(created);
                return created;
            });
            DoublyStampedProduct read = factory.fromSession(session ->
                    session.find(DoublyStampedProduct.class, product.getId()));
            assertNotEquals(pinned, read.getCreatedOn(), "the row holds Hibernate's value, not the listener's");
            List<Rule> rules = DoublyStampedProductTimestamps.withClock(clock).validate(read).stream()
                    .map(TimestampViolation::rule).toList();
            assertEquals(List.of(Rule.IN_FUTURE, Rule.IN_FUTURE), rules,
                    "what reached the table was never checked: a day in the future of the clock");
        }
    }
}
