package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.examples.MutableClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

/**
 * The JPA bootstrap ({@code META-INF/persistence.xml}, {@link Persistence}): the bean container goes
 * in the settings map, and a refusal at commit comes wrapped in a {@link RollbackException}, as
 * JPA requires (the native bootstrap of {@link JpaBootstrap} throws it unwrapped).
 */
class PersistenceXmlBootstrapTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    @Test
    void listenersRunOnTheClockAndARefusalAtCommitIsWrapped() {
        MutableClock clock = MutableClock.at(T0);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("touchstone-examples",
                Map.of(AvailableSettings.BEAN_CONTAINER, JpaBootstrap.listeners(clock)));
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            AgentEntity agent = new AgentEntity("ada");
            em.persist(agent);
            em.getTransaction().commit();
            assertEquals(T0.truncatedTo(ChronoUnit.MICROS), agent.getCreatedAt());

            clock.advance(Duration.ofSeconds(1));
            em.getTransaction().begin();
            agent.setName("ada l.");
            agent.setCreatedAt(null);
            RollbackException wrapped = assertThrows(RollbackException.class, () -> em.getTransaction().commit());
            TimestampValidationException refusal = assertInstanceOf(TimestampValidationException.class,
                    wrapped.getCause());
            assertEquals("createdAt", refusal.violations().get(0).field());
            em.close();

            EntityManager fresh = factory.createEntityManager();
            assertEquals("ada", fresh.find(AgentEntity.class, agent.getId()).getName(), "nothing was written");
            fresh.close();

            EntityManager other = factory.createEntityManager();
            other.getTransaction().begin();
            AgentEntity future = new AgentEntity("from the future");
            future.setCreatedAt(T0.plus(Duration.ofDays(1)));
            assertThrows(TimestampValidationException.class, () -> other.persist(future), "persist: unwrapped");
            other.getTransaction().rollback();
            other.close();
        } finally {
            factory.close();
        }
    }
}
