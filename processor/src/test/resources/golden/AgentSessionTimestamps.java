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
 * Timestamp helpers for {@link AgentSession}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentSessionTimestamps {
    private static final AgentSessionTimestamps SYSTEM_UTC = new AgentSessionTimestamps(Clock.systemUTC());

    private final Clock clock;

    private AgentSessionTimestamps(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static AgentSessionTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static AgentSessionTimestamps withClock(Clock clock) {
        return new AgentSessionTimestamps(Objects.requireNonNull(clock, "clock must not be null"));
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
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public AgentSession onCreate(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant createdAt = agentSession.getCreatedAt();
        if (createdAt == null) {
            createdAt = now();
            agentSession.setCreatedAt(createdAt);
        }
        Instant updatedAt = agentSession.getUpdatedAt();
        if (updatedAt == null) {
            updatedAt = createdAt;
            agentSession.setUpdatedAt(updatedAt);
        }
        return agentSession;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public AgentSession touch(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return touch(agentSession, now());
    }

    private AgentSession touch(AgentSession agentSession, Instant now) {
        agentSession.setUpdatedAt(now);
        return agentSession;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public List<AgentSession> touchAll(Iterable<AgentSession> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        Instant now = now();
        if (entities instanceof List<AgentSession> list) {
            for (AgentSession agentSession : list) {
                touch(Objects.requireNonNull(agentSession, "entities must not contain null"), now);
            }
            return Collections.unmodifiableList(list);
        }
        List<AgentSession> touched = entities instanceof Collection<?> collection ? new ArrayList<>(collection.size()) : new ArrayList<>();
        for (AgentSession agentSession : entities) {
            touched.add(touch(Objects.requireNonNull(agentSession, "entities must not contain null"), now));
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param agentSession the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant updatedAt = agentSession.getUpdatedAt();
        if (updatedAt != null) {
            return updatedAt;
        }
        Instant createdAt = agentSession.getCreatedAt();
        return createdAt;
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant createdAt = agentSession.getCreatedAt();
        return createdAt == null ? Optional.empty() : Optional.of(Duration.between(createdAt, now()));
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant last = updatedAtOrCreated(agentSession);
        return last == null ? Optional.empty() : Optional.of(Duration.between(last, now()));
    }

    /**
     * Returns {@code endTime - startTime}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code startTime} or {@code endTime} is {@code null}
     */
    public Optional<Duration> executionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant startTime = agentSession.getStartTime();
        Instant endTime = agentSession.getEndTime();
        if (startTime == null || endTime == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(startTime, endTime));
    }

    /**
     * Returns {@code endTime - startTime}, where a {@code null} {@code endTime} counts as now (a running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code startTime} is {@code null}
     */
    public Optional<Duration> elapsedExecutionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant startTime = agentSession.getStartTime();
        if (startTime == null) {
            return Optional.empty();
        }
        Instant endTime = agentSession.getEndTime();
        return Optional.of(Duration.between(startTime, endTime == null ? now() : endTime));
    }

    /**
     * Stores {@code endTime - startTime} (in {@code MILLIS}, truncated) in {@code executionTimeMs} when both are set; otherwise leaves it unchanged.
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public AgentSession computeExecutionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant startTime = agentSession.getStartTime();
        Instant endTime = agentSession.getEndTime();
        if (startTime == null || endTime == null) {
            return agentSession;
        }
        agentSession.setExecutionTimeMs(Duration.between(startTime, endTime).toMillis());
        return agentSession;
    }

    /**
     * Sets {@code endTime} to now if it is {@code null}, then stores {@code endTime - startTime} (in {@code MILLIS}, truncated) in {@code executionTimeMs} (unchanged while {@code startTime} is {@code null}).
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public AgentSession completeExecutionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant endTime = agentSession.getEndTime();
        if (endTime == null) {
            endTime = now();
            agentSession.setEndTime(endTime);
        }
        Instant startTime = agentSession.getStartTime();
        Long executionTimeMs = agentSession.getExecutionTimeMs();
        if (startTime != null) {
            executionTimeMs = Duration.between(startTime, endTime).toMillis();
            agentSession.setExecutionTimeMs(executionTimeMs);
        }
        return agentSession;
    }

    /**
     * Returns {@code startTime - createdAt}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code createdAt} or {@code startTime} is {@code null}
     */
    public Optional<Duration> queueTime(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant createdAt = agentSession.getCreatedAt();
        Instant startTime = agentSession.getStartTime();
        if (createdAt == null || startTime == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(createdAt, startTime));
    }

    /**
     * Returns {@code startTime - createdAt}, where a {@code null} {@code startTime} counts as now (a running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code createdAt} is {@code null}
     */
    public Optional<Duration> elapsedQueueTime(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant createdAt = agentSession.getCreatedAt();
        if (createdAt == null) {
            return Optional.empty();
        }
        Instant startTime = agentSession.getStartTime();
        return Optional.of(Duration.between(createdAt, startTime == null ? now() : startTime));
    }
}
