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
 * Timestamp helpers for {@link AgentSession}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentSessionTimestamps extends AbstractTimestamps {
    private static final AgentSessionTimestamps SYSTEM_UTC = new AgentSessionTimestamps(
            Clock.systemUTC());

    private AgentSessionTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
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
        return new AgentSessionTimestamps(clock);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
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
        if (agentSession.getUpdatedAt() == null) {
            agentSession.setUpdatedAt(createdAt);
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
        agentSession.setUpdatedAt(now());
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
        List<AgentSession> list = listOf(entities);
        Instant now = now();
        for (AgentSession agentSession : list) {
            Objects.requireNonNull(agentSession, "entities must not contain null");
            agentSession.setUpdatedAt(now);
        }
        return Collections.unmodifiableList(list);
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
        return updatedAt != null ? updatedAt : agentSession.getCreatedAt();
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return since(agentSession.getCreatedAt());
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return since(updatedAtOrCreated(agentSession));
    }

    /**
     * Returns {@code endTime - startTime}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code startTime} or {@code endTime} is {@code null}
     */
    public Optional<Duration> executionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return interval(agentSession.getStartTime(), agentSession.getEndTime());
    }

    /**
     * Returns {@code endTime - startTime}, where a {@code null} {@code endTime} counts as now
     * (a running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code startTime} is {@code null}
     */
    public Optional<Duration> elapsedExecutionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return elapsed(agentSession.getStartTime(), agentSession.getEndTime());
    }

    /**
     * Stores {@code endTime - startTime} (in {@code MILLIS}, truncated) in {@code executionTimeMs} when both are set;
     * otherwise leaves it unchanged.
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
        agentSession.setExecutionTimeMs(duration(startTime, endTime, ChronoUnit.MILLIS));
        return agentSession;
    }

    /**
     * Sets {@code endTime} to now if it is {@code null},
     * then stores {@code endTime - startTime} (in {@code MILLIS}, truncated) in {@code executionTimeMs}
     * (unchanged while {@code startTime} is {@code null}).
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public AgentSession completeExecutionTimeMs(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        if (agentSession.getEndTime() == null) {
            agentSession.setEndTime(now());
        }
        return computeExecutionTimeMs(agentSession);
    }

    /**
     * Returns {@code startTime - createdAt}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code createdAt} or {@code startTime} is {@code null}
     */
    public Optional<Duration> queueTime(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return interval(agentSession.getCreatedAt(), agentSession.getStartTime());
    }

    /**
     * Returns {@code startTime - createdAt}, where a {@code null} {@code startTime} counts as now
     * (a running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code createdAt} is {@code null}
     */
    public Optional<Duration> elapsedQueueTime(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        return elapsed(agentSession.getCreatedAt(), agentSession.getStartTime());
    }
}
