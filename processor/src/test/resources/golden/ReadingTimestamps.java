package com.acme;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamps of {@link Reading}: every method that changes an entity sets its timestamps from this
 * helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate} checks the
 * timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC, and stored
 * durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ReadingTimestamps extends EntityTimestamps<Reading> {
    private static final EntityShape SHAPE = new EntityShape("Reading", ChronoUnit.MICROS, "PT5S",
            true, "createdAt:M updatedAt:O sampledAt:S");

    private static final ReadingTimestamps SYSTEM_UTC = new ReadingTimestamps(Clock.systemUTC());

    private ReadingTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.IN_PLACE);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static ReadingTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static ReadingTimestamps withClock(Clock clock) {
        return new ReadingTimestamps(clock);
    }

    /**
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param reading the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Reading reading) {
        requireEntity(reading);
        Long createdAt = reading.createdAt;
        OffsetDateTime updatedAt = reading.updatedAt;
        Double sampledAt = reading.sampledAt;
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .inFuture(0, createdAt, limit)
                .inFuture(1, updatedAt, limit)
                .notUtc(1, updatedAt)
                .notBeforeCreatedAt(1, updatedAt, createdAt)
                .inFuture(2, sampledAt, limit)
                .notBeforeCreatedAt(2, sampledAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Reading reading, int field) {
        return switch (field) {
            case 0 -> reading.createdAt;
            case 1 -> reading.updatedAt;
            case 2 -> reading.sampledAt;
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Reading set(Reading reading, int field, Object value) {
        switch (field) {
            case 0 -> reading.createdAt = (Long) value;
            case 1 -> reading.updatedAt = (OffsetDateTime) value;
            case 2 -> reading.sampledAt = (Double) value;
            default -> throw new IndexOutOfBoundsException();
        }
        return reading;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param <E> the entity's class
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public <E extends Reading> E onCreate(E reading) {
        stampCreated(reading);
        return reading;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param <E> the entity's class
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public <E extends Reading> E touch(E reading) {
        stampTouched(reading);
        return reading;
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
    public <E extends Reading> List<E> touchAll(Iterable<E> entities) {
        List<E> touched = touchList(entities);
        Object now = updatedAtNow();
        for (E reading : touched) {
            set(reading, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}, as
     * an {@link Instant}.
     *
     * @param reading the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public Instant updatedAtOrCreated(Reading reading) {
        return (Instant) readLastChange(reading);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public Optional<Duration> age(Reading reading) {
        return since(reading, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Reading reading) {
        return readSinceLastChange(reading);
    }

    /**
     * Sets {@code sampledAt} to now.
     *
     * @param <E> the entity's class
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code reading} is {@code null}
     */
    public <E extends Reading> E markSampledAt(E reading) {
        mark(reading, 2, false, false);
        return reading;
    }
}
