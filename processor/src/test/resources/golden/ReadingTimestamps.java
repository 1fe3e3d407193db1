package com.acme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
public final class ReadingTimestamps {
    private static final ReadingTimestamps SYSTEM_UTC = new ReadingTimestamps(Clock.systemUTC());

    private final Clock clock;

    private ReadingTimestamps(Clock clock) {
        this.clock = clock;
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
        return new ReadingTimestamps(Objects.requireNonNull(clock, "clock must not be null"));
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
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if {@code updatedAt} is {@code null}, sets it to the same instant.
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
        OffsetDateTime updatedAt = reading.updatedAt;
        if (updatedAt == null) {
            updatedAt = OffsetDateTime.ofInstant(Instant.ofEpochMilli(createdAt), ZoneOffset.UTC);
            reading.updatedAt = updatedAt;
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
        return touch(reading, now());
    }

    private <E extends Reading> E touch(E reading, Instant now) {
        reading.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
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
        Objects.requireNonNull(entities, "entities must not be null");
        Instant now = now();
        if (entities instanceof List<E> list) {
            for (E reading : list) {
                touch(Objects.requireNonNull(reading, "entities must not contain null"), now);
            }
            return Collections.unmodifiableList(list);
        }
        List<E> touched = entities instanceof Collection<?> collection ? new ArrayList<>(collection.size()) : new ArrayList<>();
        for (E reading : entities) {
            touched.add(touch(Objects.requireNonNull(reading, "entities must not contain null"), now));
        }
        return Collections.unmodifiableList(touched);
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
        if (updatedAt != null) {
            return updatedAt.toInstant();
        }
        Long createdAt = reading.createdAt;
        return createdAt == null ? null : Instant.ofEpochMilli(createdAt);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        Long createdAt = reading.createdAt;
        return createdAt == null ? Optional.empty() : Optional.of(Duration.between(Instant.ofEpochMilli(createdAt), now()));
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param reading the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        Instant last = updatedAtOrCreated(reading);
        return last == null ? Optional.empty() : Optional.of(Duration.between(last, now()));
    }

    /**
     * Sets {@code sampledAt} to now.
     *
     * @param reading the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Reading> E markSampledAt(E reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        Instant now = now();
        reading.sampledAt = epochSecondsOf(now);
        return reading;
    }

    private static Instant instantOfEpochSeconds(double epochSeconds) {
        long seconds = (long) Math.floor(epochSeconds);
        return Instant.ofEpochSecond(seconds, Math.round((epochSeconds - seconds) * 1000.0) * 1000000L);
    }

    private static double epochSecondsOf(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
