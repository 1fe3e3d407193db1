package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * The steps of {@link EnhancedEntityContract}, written as an application would write them. Loaded
 * by an {@link EnhancingClassLoader}, so {@code Member} here is the enhanced class, and so are the
 * generated {@code MemberTimestamps} and listener it uses.
 */
public final class OnEnhancedMember implements EnhancedMemberSteps {

    private final EntityManagerFactory factory;
    private final MemberTimestamps members;

    /**
     * @param factory the factory that maps the enhanced {@code Member}
     * @param clock the clock of the helpers (and of the factory's listener)
     */
    public OnEnhancedMember(EntityManagerFactory factory, Clock clock) {
        this.factory = factory;
        this.members = MemberTimestamps.withClock(clock);
    }

    @Override
    public Class<?> memberClass() {
        return Member.class;
    }

    @Override
    public long persist(String name) {
        return inTransaction(em -> {
            Member member = new Member(name);
            em.persist(member);
            return member.getId();
        });
    }

    @Override
    public Instant markLastSeenAt(long id) {
        return inTransaction(em -> {
            Member member = clean(em.find(Member.class, id));
            members.markLastSeenAt(member);
            assertTrue(tracker(member).$$_hibernate_hasDirtyAttributes(), "the enhanced entity saw the write");
            return member.getLastSeenAt();
        });
    }

    @Override
    public Instant markLastLoginAt(long id) {
        return inTransaction(em -> members.markLastLoginAt(clean(em.find(Member.class, id))).getLastLoginAt());
    }

    @Override
    public void rename(long id, String name) {
        inTransaction(em -> {
            clean(em.find(Member.class, id)).setName(name);
            return null;
        });
    }

    private static SelfDirtinessTracker tracker(Member member) {
        return (SelfDirtinessTracker) (Object) member;
    }

    /** A managed member, loaded, that has no change yet as far as its own dirty tracking knows. */
    private static Member clean(Member member) {
        assertFalse(tracker(member).$$_hibernate_hasDirtyAttributes(), "loaded clean");
        return member;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
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
}
