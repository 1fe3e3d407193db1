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
 * Timestamps of {@link Agent}: every method that changes an entity sets its timestamps from this
 * helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate} checks the
 * timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC, and stored
 * durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentTimestamps extends EntityTimestamps<Agent> {
    private static final EntityShape SHAPE = new EntityShape("Agent", ChronoUnit.MICROS, "PT5S",
            true, "createdAt:I updatedAt:I lastActiveAt:I stoppedAt:I");

    private static final AgentTimestamps SYSTEM_UTC = new AgentTimestamps(Clock.systemUTC());

    private AgentTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.IN_PLACE);
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
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param agent the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Agent agent) {
        requireEntity(agent);
        Instant createdAt = agent.createdAt;
        Instant updatedAt = agent.updatedAt;
        Instant lastActiveAt = agent.lastActiveAt;
        Instant stoppedAt = agent.stoppedAt;
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .instantInFuture(2, lastActiveAt, limit)
                .instantNotBeforeCreatedAt(2, lastActiveAt, createdAt)
                .instantInFuture(3, stoppedAt, limit)
                .instantNotBeforeCreatedAt(3, stoppedAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Agent agent, int field) {
        return switch (field) {
            case 0 -> agent.createdAt;
            case 1 -> agent.updatedAt;
            case 2 -> agent.lastActiveAt;
            case 3 -> agent.stoppedAt;
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Agent set(Agent agent, int field, Object value) {
        switch (field) {
            case 0 -> agent.createdAt = (Instant) value;
            case 1 -> agent.updatedAt = (Instant) value;
            case 2 -> agent.lastActiveAt = (Instant) value;
            case 3 -> agent.stoppedAt = (Instant) value;
            default -> throw new IndexOutOfBoundsException();
        }
        return agent;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param <E> the entity's class
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public <E extends Agent> E onCreate(E agent) {
        stampCreated(agent);
        return agent;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param <E> the entity's class
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public <E extends Agent> E touch(E agent) {
        stampTouched(agent);
        return agent;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock;
     * every element is checked before any entity is changed.
     *
     * @param <E> the entity's class
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument comes
     *     back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Agent> List<E> touchAll(Iterable<E> entities) {
        List<E> touched = touchList(entities);
        Object now = updatedAtNow();
        for (E agent : touched) {
            set(agent, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param agent the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public Instant updatedAtOrCreated(Agent agent) {
        return (Instant) readLastChange(agent);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public Optional<Duration> age(Agent agent) {
        return since(agent, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param agent the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Agent agent) {
        return readSinceLastChange(agent);
    }

    /**
     * Sets {@code lastActiveAt} to now.
     *
     * @param <E> the entity's class
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public <E extends Agent> E markLastActiveAt(E agent) {
        mark(agent, 2, false, false);
        return agent;
    }

    /**
     * Sets {@code stoppedAt} to now if it is {@code null}, and {@code updatedAt} to the same
     * instant. Once set, it never changes: a refused mark changes nothing.
     *
     * @param <E> the entity's class
     * @param agent the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code agent} is {@code null}
     */
    public <E extends Agent> E markStoppedAt(E agent) {
        mark(agent, 3, true, true);
        return agent;
    }
}
