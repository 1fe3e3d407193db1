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
 * Timestamps of {@link Audited}: every method that changes an entity sets its timestamps from this
 * helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate} checks the
 * timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC, and stored
 * durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AuditedTimestamps extends EntityTimestamps<Audited<?>> {
    private static final EntityShape SHAPE = new EntityShape("Audited", ChronoUnit.MICROS, "PT5S",
            true, "createdAt:I updatedAt:I");

    private static final AuditedTimestamps SYSTEM_UTC = new AuditedTimestamps(Clock.systemUTC());

    private AuditedTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.IN_PLACE);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static AuditedTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static AuditedTimestamps withClock(Clock clock) {
        return new AuditedTimestamps(clock);
    }

    /**
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param audited the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Audited<?> audited) {
        requireEntity(audited);
        Instant createdAt = audited.createdAt;
        Instant updatedAt = audited.updatedAt;
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Audited<?> audited, int field) {
        return switch (field) {
            case 0 -> audited.createdAt;
            case 1 -> audited.updatedAt;
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Audited<?> set(Audited<?> audited, int field, Object value) {
        switch (field) {
            case 0 -> audited.createdAt = (Instant) value;
            case 1 -> audited.updatedAt = (Instant) value;
            default -> throw new IndexOutOfBoundsException();
        }
        return audited;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param <E> the entity's class
     * @param audited the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    public <E extends Audited<?>> E onCreate(E audited) {
        stampCreated(audited);
        return audited;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param <E> the entity's class
     * @param audited the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    public <E extends Audited<?>> E touch(E audited) {
        stampTouched(audited);
        return audited;
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
    public <E extends Audited<?>> List<E> touchAll(Iterable<E> entities) {
        List<E> touched = touchList(entities);
        Object now = updatedAtNow();
        for (E audited : touched) {
            set(audited, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param audited the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    public Instant updatedAtOrCreated(Audited<?> audited) {
        return (Instant) readLastChange(audited);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param audited the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    public Optional<Duration> age(Audited<?> audited) {
        return since(audited, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param audited the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code audited} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Audited<?> audited) {
        return readSinceLastChange(audited);
    }
}
