package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * The generated helpers and validators on Hibernate's lazy proxies ({@code em.getReference}, a
 * {@code LAZY} {@code @ManyToOne}): they go through the entity's accessors, which the proxy
 * forwards to the loaded entity, so a write reaches the row and a read sees the row's values. A
 * write to the proxy object's own field would be lost, and a read of it would find {@code null}.
 */
abstract class LazyProxyContract extends JpaTestBase {

    final MemberTimestamps members = MemberTimestamps.withClock(clock);
    final MemberTimestamps memberValidator = MemberTimestamps.withClock(clock);
    final AuditedEntityTimestamps audited = AuditedEntityTimestamps.withClock(clock);

    long persistMember(String name) {
        return inTransaction(em -> {
            Member member = new Member(name);
            em.persist(member);
            return member.getId();
        });
    }

    long persistVisit(long memberId, String page) {
        return inTransaction(em -> {
            Visit visit = new Visit(em.find(Member.class, memberId), page);
            em.persist(visit);
            return visit.getId();
        });
    }

    static <T> T uninitialised(T proxy, Class<?> entity) {
        assertFalse(Hibernate.isInitialized(proxy), "a proxy, not loaded yet");
        assertNotSame(entity, proxy.getClass(), "a proxy class");
        return proxy;
    }

    @Test
    void aMarkOnAReferenceReachesTheRow() throws SQLException {
        long id = persistMember("ada");
        Instant seen = advance(Duration.ofSeconds(5).plusNanos(1_234));
        write(em -> members.markLastSeenAt(uninitialised(em.getReference(Member.class, id), Member.class)));
        assertEquals(micros(seen), column("touchstone_jpa_member", "last_seen_at", id));
    }

    @Test
    void aMarkOnALazyManyToOneReachesTheRow() throws SQLException {
        long member = persistMember("ada");
        long visit = persistVisit(member, "/pricing");
        Instant seen = advance(Duration.ofSeconds(5).plusNanos(1_234));
        write(em -> members.markLastSeenAt(uninitialised(em.find(Visit.class, visit).getMember(), Member.class)));
        assertEquals(micros(seen), column("touchstone_jpa_member", "last_seen_at", member));
    }

    @Test
    void aTouchOnALazyOrderOfALineReachesTheRow() throws SQLException {
        long[] ids = inTransaction(em -> {
            PurchaseOrder order = new PurchaseOrder("ada");
            OrderLine line = order.addLine("tea", 1);
            em.persist(order);
            return new long[] {order.getId(), line.getId()};
        });
        Instant touched = advance(Duration.ofSeconds(5).plusNanos(1_234));
        write(em -> audited.touch(uninitialised(em.find(OrderLine.class, ids[1]).getOrder(), PurchaseOrder.class)));
        assertEquals(micros(touched), column("touchstone_jpa_order", "updated_at", ids[0]));
        assertEquals(micros(T0), column("touchstone_jpa_order_line", "updated_at", ids[1]), "the line did not change");
    }

    @Test
    void theValidatorReadsTheRealValuesOfAnUninitialisedProxy() {
        long member = persistMember("ada");
        long visit = persistVisit(member, "/pricing");
        advance(Duration.ofSeconds(5));
        fresh(em -> {
            Member reference = uninitialised(em.getReference(Member.class, member), Member.class);
            assertEquals(List.of(), memberValidator.validate(reference));
            assertSame(reference, memberValidator.check(reference));
            return null;
        });
        fresh(em -> {
            Member associated = uninitialised(em.find(Visit.class, visit).getMember(), Member.class);
            assertEquals(List.of(), memberValidator.validate(associated));
            return null;
        });
    }
}
