package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;
import org.junit.jupiter.api.Test;

/** The bean container builds registered listeners on its clock and leaves every other bean to Hibernate. */
class ClockBeanContainerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** Hibernate's default: the no-argument constructor; records what it was asked for. */
    private static final class Fallback implements BeanInstanceProducer {
        final List<String> asked = new ArrayList<>();

        @Override
        public <B> B produceBeanInstance(Class<B> beanType) {
            asked.add(beanType.getSimpleName());
            try {
                return beanType.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public <B> B produceBeanInstance(String name, Class<B> beanType) {
            asked.add(name);
            return produceBeanInstance(beanType);
        }
    }

    @Test
    void registeredListenersAreBuiltOnTheClock() {
        Fallback fallback = new Fallback();
        ClockBeanContainer container = JpaBootstrap.listeners(Clock.fixed(NOW, ZoneOffset.UTC));
        TaskEntity task = new TaskEntity("t");
        container.getBean(AuditedEntityTimestamps.class, null, fallback).getBeanInstance().prePersist(task);
        assertEquals(NOW, task.getCreatedAt());
        assertEquals(List.of(), fallback.asked, "a registered listener never goes to the fallback");
    }

    @Test
    void everyOtherBeanIsLeftToHibernatesDefault() {
        Fallback fallback = new Fallback();
        ClockBeanContainer container = new ClockBeanContainer(Clock.systemUTC());
        assertInstanceOf(StringBuilder.class, container.getBean(StringBuilder.class, null, fallback).getBeanInstance());
        AgentEntityTimestamps unregistered =
                container.getBean("named", AgentEntityTimestamps.class, null, fallback).getBeanInstance();
        assertSame(AgentEntityTimestamps.class, unregistered.getClass());
        assertEquals(List.of("StringBuilder", "named", "AgentEntityTimestamps"), fallback.asked);
    }
}
