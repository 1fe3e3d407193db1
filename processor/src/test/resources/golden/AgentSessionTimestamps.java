package com.acme;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamps of {@link AgentSession}: every method that changes an entity sets its timestamps from
 * this helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate}
 * checks the timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC,
 * and stored durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentSessionTimestamps extends EntityTimestamps<AgentSession> {
    private static final EntityShape SHAPE = new EntityShape("AgentSession", ChronoUnit.MICROS,
            "PT5S", true, "createdAt:I updatedAt:I startTime:I endTime:I executionTimeMs:n");

    private static final AgentSessionTimestamps SYSTEM_UTC = new AgentSessionTimestamps(
            Clock.systemUTC());

    private AgentSessionTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.IN_PLACE);
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
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param agentSession the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(AgentSession agentSession) {
        requireEntity(agentSession);
        Instant createdAt = agentSession.getCreatedAt();
        Instant updatedAt = agentSession.getUpdatedAt();
        Instant startTime = agentSession.getStartTime();
        Instant endTime = agentSession.getEndTime();
        Long executionTimeMs = agentSession.getExecutionTimeMs();
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .instantInFuture(2, startTime, limit)
                .instantInFuture(3, endTime, limit)
                .instantEndNotBeforeStart(3, endTime, 2, startTime)
                .storedDuration(4, executionTimeMs, ChronoUnit.MILLIS, 2, startTime, 3, endTime)
                .instantEndNotBeforeStart(2, startTime, 0, createdAt)
                .violations();
    }

    @Override
    protected Object get(AgentSession agentSession, int field) {
        return switch (field) {
            case 0 -> agentSession.getCreatedAt();
            case 1 -> agentSession.getUpdatedAt();
            case 2 -> agentSession.getStartTime();
            case 3 -> agentSession.getEndTime();
            case 4 -> agentSession.getExecutionTimeMs();
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected AgentSession set(AgentSession agentSession, int field, Object value) {
        switch (field) {
            case 0 -> agentSession.setCreatedAt((Instant) value);
            case 1 -> agentSession.setUpdatedAt((Instant) value);
            case 3 -> agentSession.setEndTime((Instant) value);
            case 4 -> agentSession.setExecutionTimeMs((Long) value);
            default -> throw new IndexOutOfBoundsException();
        }
        return agentSession;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public AgentSession onCreate(AgentSession agentSession) {
        stampCreated(agentSession);
        return agentSession;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public AgentSession touch(AgentSession agentSession) {
        stampTouched(agentSession);
        return agentSession;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock;
     * every element is checked before any entity is changed.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument comes
     *     back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public List<AgentSession> touchAll(Iterable<AgentSession> entities) {
        List<AgentSession> touched = touchList(entities);
        Object now = updatedAtNow();
        for (AgentSession agentSession : touched) {
            set(agentSession, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param agentSession the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public Instant updatedAtOrCreated(AgentSession agentSession) {
        return (Instant) readLastChange(agentSession);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public Optional<Duration> age(AgentSession agentSession) {
        return since(agentSession, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agentSession the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(AgentSession agentSession) {
        return readSinceLastChange(agentSession);
    }

    /**
     * Returns {@code endTime - startTime}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code startTime} or {@code endTime} is {@code null}
     */
    public Optional<Duration> executionTimeMs(AgentSession agentSession) {
        return between(agentSession, 2, 3);
    }

    /**
     * Returns {@code endTime - startTime}, where a {@code null} {@code endTime} counts as now (a
     * running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code startTime} is {@code null}
     */
    public Optional<Duration> elapsedExecutionTimeMs(AgentSession agentSession) {
        return runningBetween(agentSession, 2, 3);
    }

    /**
     * Stores {@code endTime - startTime} (in {@code MILLIS}, truncated) in {@code executionTimeMs}
     * when both are set; otherwise leaves it unchanged.
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public AgentSession computeExecutionTimeMs(AgentSession agentSession) {
        storeBetween(agentSession, 4, 2, 3, ChronoUnit.MILLIS);
        return agentSession;
    }

    /**
     * Sets {@code endTime} to now if it is {@code null}, then stores {@code endTime - startTime}
     * (in {@code MILLIS}, truncated) in {@code executionTimeMs} (unchanged while {@code startTime}
     * is {@code null}).
     *
     * @param agentSession the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agentSession} is {@code null}
     */
    public AgentSession completeExecutionTimeMs(AgentSession agentSession) {
        completeBetween(agentSession, 4, 2, 3, ChronoUnit.MILLIS, false);
        return agentSession;
    }

    /**
     * Returns {@code startTime - createdAt}; never throws on a {@code null} end.
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration, or empty if {@code createdAt} or {@code startTime} is {@code null}
     */
    public Optional<Duration> queueTime(AgentSession agentSession) {
        return between(agentSession, 0, 2);
    }

    /**
     * Returns {@code startTime - createdAt}, where a {@code null} {@code startTime} counts as now
     * (a running interval).
     *
     * @param agentSession the entity, not {@code null}
     * @return the duration so far, or empty if {@code createdAt} is {@code null}
     */
    public Optional<Duration> elapsedQueueTime(AgentSession agentSession) {
        return runningBetween(agentSession, 0, 2);
    }
}
