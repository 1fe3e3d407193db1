package com.acme;

import io.github.touchstone.AbstractTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamp helpers for {@link Agent}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentTimestamps extends AbstractTimestamps {
    private static final AgentTimestamps SYSTEM_UTC = new AgentTimestamps(Clock.systemUTC());

    private AgentTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static AgentTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static AgentTimestamps withClock(Clock clock) {
        return new AgentTimestamps(clock);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Agent> E onCreate(E agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        Instant createdAt = agent.createdAt;
        if (createdAt == null) {
            createdAt = now();
            agent.createdAt = createdAt;
        }
        if (agent.updatedAt == null) {
            agent.updatedAt = createdAt;
        }
        return agent;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Agent> E touch(E agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        agent.updatedAt = now();
        return agent;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Agent> List<E> touchAll(Iterable<E> entities) {
        List<E> list = listOf(entities);
        Instant now = now();
        for (E agent : list) {
            Objects.requireNonNull(agent, "entities must not contain null");
            agent.updatedAt = now;
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param agent the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Agent agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        Instant updatedAt = agent.updatedAt;
        return updatedAt != null ? updatedAt : agent.createdAt;
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Agent agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        return since(agent.createdAt);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Agent agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        return since(updatedAtOrCreated(agent));
    }

    /**
     * Sets {@code lastActiveAt} to now.
     *
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Agent> E markLastActiveAt(E agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        agent.lastActiveAt = now();
        return agent;
    }

    /**
     * Sets {@code stoppedAt} to now if it is {@code null},
     * and {@code updatedAt} to the same instant.
     * Once set, it never changes: a refused mark changes nothing.
     *
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Agent> E markStoppedAt(E agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        if (agent.stoppedAt != null) {
            return agent;
        }
        Instant now = now();
        agent.stoppedAt = now;
        agent.updatedAt = now;
        return agent;
    }
}
