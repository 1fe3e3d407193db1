package io.github.touchstone.examples.jpa;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.container.spi.FallbackContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;

/**
 * A Hibernate bean container, without CDI, that builds the generated Touchstone listeners on one
 * {@link Clock}, so the time they write is the application's (and a test's) clock, not the system
 * clock their no-argument constructor would use.
 *
 * <p>Hibernate asks its bean container for every entity listener (and converter, ...) it
 * instantiates. Registered with {@code hibernate.resource.beans.container}
 * ({@code AvailableSettings.BEAN_CONTAINER}), this one builds each listener registered with
 * {@link #register} through its {@code Clock} constructor, and leaves every other bean to
 * Hibernate's default (the no-argument constructor). No reflection, no global state: each
 * {@code EntityManagerFactory} gets the clock it was opened with.
 */
public final class ClockBeanContainer implements BeanContainer {

    private final Clock clock;
    private final Map<Class<?>, Function<Clock, ?>> factories = new ConcurrentHashMap<>();

    /**
     * Creates a container that builds listeners on {@code clock}.
     *
     * @param clock where the listeners read now: {@code Clock.systemUTC()} in production, a fixed
     *     or mutable clock in tests
     */
    public ClockBeanContainer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Registers a listener to build on the clock, typically a generated one:
     * {@code register(AgentEntityTimestamps.class, AgentEntityTimestamps::new)}.
     *
     * @param <L> the listener type
     * @param type the listener class named in {@code @EntityListeners}
     * @param factory its constructor taking a {@link Clock}
     * @return this container
     */
    public <L> ClockBeanContainer register(Class<L> type, Function<Clock, ? extends L> factory) {
        factories.put(Objects.requireNonNull(type, "type must not be null"),
                Objects.requireNonNull(factory, "factory must not be null"));
        return this;
    }

    /** @return the clock the registered listeners are built on */
    public Clock clock() {
        return clock;
    }

    @Override
    public <B> ContainedBean<B> getBean(Class<B> beanType, LifecycleOptions lifecycleOptions,
            BeanInstanceProducer fallbackProducer) {
        Function<Clock, ?> factory = factories.get(beanType);
        if (factory == null) {
            return new FallbackContainedBean<>(beanType, fallbackProducer);
        }
        B bean = beanType.cast(factory.apply(clock));
        return () -> bean;
    }

    @Override
    public <B> ContainedBean<B> getBean(String name, Class<B> beanType, LifecycleOptions lifecycleOptions,
            BeanInstanceProducer fallbackProducer) {
        return new FallbackContainedBean<>(name, beanType, fallbackProducer);
    }

    @Override
    public void stop() {
        // the beans hold no resources
    }
}
