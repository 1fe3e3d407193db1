package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The listener is a safety net, not a second clock: {@code @PreUpdate} sets {@code updatedAt} only
 * where the application has not set it since the entity was loaded or last written, so what a
 * helper set is what the table holds.
 *
 * <p>The clock moves a microsecond after every reading: a listener that read it again per row, as
 * a second clock does, would store a different instant in each.
 */
abstract class SafetyNetContract extends JpaTestBase {

    final AuditedEntityTimestamps audited = AuditedEntityTimestamps.withClock(clock);
    final MemberTimestamps members = MemberTimestamps.withClock(clock);

    SafetyNetContract() {
        super(Duration.ofNanos(1_000));
    }

    long persistOrderOfThreeLines() {
        return inTransaction(em -> {
            PurchaseOrder order = new PurchaseOrder("ada");
            order.addLine("tea", 1);
            order.addLine("milk", 2);
            order.addLine("sugar", 3);
            em.persist(order);
            return order.getId();
        });
    }

    long persistMember(String name) {
        return inTransaction(em -> {
            Member member = new Member(name);
            em.persist(member);
            return member.getId();
        });
    }

    /** The stored {@code updated_at} of the order, then of its lines in the order they were added. */
    List<Instant> storedUpdatedAt(long orderId) throws SQLException {
        List<Instant> values = new ArrayList<>();
        values.add(column("touchstone_jpa_order", "updated_at", orderId));
        try (Connection connection = jdbc();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT updated_at FROM touchstone_jpa_order_line WHERE order_id = ? ORDER BY id")) {
            statement.setLong(1, orderId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return values;
    }

    Instant memberColumn(String column, long id) throws SQLException {
        return column("touchstone_jpa_member", column, id);
    }

    @Test
    void touchAllOfAnOrderAndItsLinesStoresItsOneInstantInEveryRow() throws SQLException {
        long id = persistOrderOfThreeLines();
        advance(Duration.ofSeconds(1));
        Instant touched = inTransaction(em -> {
            PurchaseOrder order = em.find(PurchaseOrder.class, id);
            List<AuditedEntity> all = new ArrayList<>(order.getLines());
            all.add(0, order);
            audited.touchAll(all);
            order.getLines().get(1).setQuantity(20); // and a business change in one of them
            return order.getUpdatedAt();
        });
        assertEquals(List.of(touched, touched, touched, touched), storedUpdatedAt(id));
    }

    @Test
    void aBusinessChangeWithoutATouchStillMovesUpdatedAtAtFlush() throws SQLException {
        long id = persistOrderOfThreeLines();
        List<Instant> inserted = storedUpdatedAt(id);
        Instant t1 = advance(Duration.ofSeconds(1));
        write(em -> em.find(PurchaseOrder.class, id).getLines().get(2).setQuantity(30));
        List<Instant> stored = storedUpdatedAt(id);
        assertEquals(inserted.subList(0, 2), stored.subList(0, 2), "the rows that did not change keep theirs");
        assertNowOf(t1, stored.get(3));

        long member = persistMember("ada");
        Instant t2 = advance(Duration.ofSeconds(1));
        write(em -> em.find(Member.class, member).setName("ada l."));
        assertNowOf(t2, memberColumn("updated_at", member));
    }

    /** {@code stored} is the listener's now, read once the clock stood at {@code now}: a few ticks later. */
    static void assertNowOf(Instant now, Instant stored) {
        assertTrue(!stored.isBefore(micros(now)) && stored.isBefore(now.plusMillis(1)),
                () -> "expected the listener's now, just after " + now + ", found " + stored);
    }

    @Test
    void aMarkThatTouchesUpdatedAtIsStoredAsOneInstant() throws SQLException {
        long id = persistMember("ada");
        advance(Duration.ofSeconds(1));
        Instant marked = inTransaction(em -> members.markLastLoginAt(em.find(Member.class, id)).getLastLoginAt());
        assertEquals(marked, memberColumn("last_login_at", id));
        assertEquals(marked, memberColumn("updated_at", id), "the mark's instant, not the listener's");
    }

    @Test
    void aMergedCopyCarryingItsOwnUpdatedAtKeepsIt() throws SQLException {
        long id = persistMember("ada");
        Member detached = fresh(em -> em.find(Member.class, id));
        Instant changedAt = micros(T0.plusSeconds(30)); // when the client made its change
        detached.setName("ada l.");
        detached.setUpdatedAt(changedAt);
        advance(Duration.ofMinutes(1));
        write(em -> em.merge(detached));
        assertEquals(changedAt, memberColumn("updated_at", id));
        assertEquals("ada l.", fresh(em -> em.find(Member.class, id).getName()));
    }

    @Test
    void aMergedCopyThatLeftUpdatedAtAsLoadedIsTouched() throws SQLException {
        long id = persistMember("ada");
        Member detached = fresh(em -> em.find(Member.class, id));
        detached.setName("ada l.");
        Instant t1 = advance(Duration.ofMinutes(1));
        write(em -> em.merge(detached));
        assertNowOf(t1, memberColumn("updated_at", id));
    }

    @Test
    void aFlushCausedOnlyByAPlainActivityMarkAlsoMovesUpdatedAt() throws SQLException {
        long id = persistMember("ada");
        Instant inserted = memberColumn("updated_at", id);
        Instant t1 = advance(Duration.ofSeconds(1));
        Instant seen = inTransaction(em -> members.markLastSeenAt(em.find(Member.class, id)).getLastSeenAt());
        assertEquals(seen, memberColumn("last_seen_at", id));
        Instant updated = memberColumn("updated_at", id);
        assertNotEquals(inserted, updated, "JPA fires @PreUpdate for any change: the listener cannot tell a mark");
        assertNowOf(t1, updated);
    }
}
