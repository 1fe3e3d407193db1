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
 * Timestamp helpers for {@link Audited}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AuditedTimestamps extends AbstractTimestamps {
    private static final AuditedTimestamps SYSTEM_UTC = new AuditedTimestamps(Clock.systemUTC());

    private AuditedTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
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
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param audited the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Audited<?>> E onCreate(E audited) {
        Objects.requireNonNull(audited, "audited must not be null");
        Instant createdAt = audited.createdAt;
        if (createdAt == null) {
            createdAt = now();
            audited.createdAt = createdAt;
        }
        if (audited.updatedAt == null) {
            audited.updatedAt = createdAt;
        }
        return audited;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param audited the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Audited<?>> E touch(E audited) {
        Objects.requireNonNull(audited, "audited must not be null");
        audited.updatedAt = now();
        return audited;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Audited<?>> List<E> touchAll(Iterable<E> entities) {
        List<E> list = listOf(entities);
        Instant now = now();
        for (E audited : list) {
            Objects.requireNonNull(audited, "entities must not contain null");
            audited.updatedAt = now;
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param audited the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Audited<?> audited) {
        Objects.requireNonNull(audited, "audited must not be null");
        Instant updatedAt = audited.updatedAt;
        return updatedAt != null ? updatedAt : audited.createdAt;
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param audited the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Audited<?> audited) {
        Objects.requireNonNull(audited, "audited must not be null");
        return since(audited.createdAt);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param audited the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Audited<?> audited) {
        Objects.requireNonNull(audited, "audited must not be null");
        return since(updatedAtOrCreated(audited));
    }
}
