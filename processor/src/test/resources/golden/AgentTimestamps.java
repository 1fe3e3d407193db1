package com.acme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
public final class AgentTimestamps {
    private static final AgentTimestamps SYSTEM_UTC = new AgentTimestamps(Clock.systemUTC());

    private final Clock clock;

    private AgentTimestamps(Clock clock) {
        this.clock = clock;
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
        return new AgentTimestamps(Objects.requireNonNull(clock, "clock must not be null"));
    }

    /**
     * Returns the clock this helper reads now from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if {@code updatedAt} is {@code null}, sets it to the same instant.
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
        Instant updatedAt = agent.updatedAt;
        if (updatedAt == null) {
            updatedAt = createdAt;
            agent.updatedAt = updatedAt;
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
        return touch(agent, now());
    }

    private <E extends Agent> E touch(E agent, Instant now) {
        agent.updatedAt = now;
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
        Objects.requireNonNull(entities, "entities must not be null");
        Instant now = now();
        if (entities instanceof List<E> list) {
            for (E agent : list) {
                touch(Objects.requireNonNull(agent, "entities must not contain null"), now);
            }
            return Collections.unmodifiableList(list);
        }
        List<E> touched = entities instanceof Collection<?> collection ? new ArrayList<>(collection.size()) : new ArrayList<>();
        for (E agent : entities) {
            touched.add(touch(Objects.requireNonNull(agent, "entities must not contain null"), now));
        }
        return Collections.unmodifiableList(touched);
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
        if (updatedAt != null) {
            return updatedAt;
        }
        Instant createdAt = agent.createdAt;
        return createdAt;
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Agent agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        Instant createdAt = agent.createdAt;
        return createdAt == null ? Optional.empty() : Optional.of(Duration.between(createdAt, now()));
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Agent agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        Instant last = updatedAtOrCreated(agent);
        return last == null ? Optional.empty() : Optional.of(Duration.between(last, now()));
    }

    /**
     * Sets {@code lastActiveAt} to now.
     *
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Agent> E markLastActiveAt(E agent) {
        Objects.requireNonNull(agent, "agent must not be null");
        Instant now = now();
        agent.lastActiveAt = now;
        return agent;
    }

    /**
     * Sets {@code stoppedAt} to now if it is {@code null}, and {@code updatedAt} to the same instant. Once set, it never changes: a refused mark changes nothing.
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
