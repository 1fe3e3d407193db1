package com.acme;

import io.github.touchstone.AbstractTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamp helpers for {@link Reading}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MILLIS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ReadingTimestamps extends AbstractTimestamps {
    private static final ReadingTimestamps SYSTEM_UTC = new ReadingTimestamps(Clock.systemUTC());

    private ReadingTimestamps(Clock clock) {
        super(clock, ChronoUnit.MILLIS);
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
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Reading> E onCreate(E reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        Long createdAt = reading.createdAt;
        if (createdAt == null) {
            createdAt = now().toEpochMilli();
            reading.createdAt = createdAt;
        }
        if (reading.updatedAt == null) {
            reading.updatedAt = OffsetDateTime.ofInstant(instant(createdAt), ZoneOffset.UTC);
        }
        return reading;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Reading> E touch(E reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        reading.updatedAt = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
        return reading;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Reading> List<E> touchAll(Iterable<E> entities) {
        List<E> list = listOf(entities);
        Instant now = now();
        for (E reading : list) {
            Objects.requireNonNull(reading, "entities must not contain null");
            reading.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}, as an {@link Instant}.
     *
     * @param reading the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        OffsetDateTime updatedAt = reading.updatedAt;
        return updatedAt != null ? instant(updatedAt) : instant(reading.createdAt);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        return since(reading.createdAt);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        return since(updatedAtOrCreated(reading));
    }

    /**
     * Sets {@code sampledAt} to now.
     *
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Reading> E markSampledAt(E reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        reading.sampledAt = epochSeconds(now());
        return reading;
    }
}
