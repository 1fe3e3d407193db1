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
 * Timestamp helpers for {@link Member}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class MemberTimestamps extends AbstractTimestamps {
    private static final MemberTimestamps SYSTEM_UTC = new MemberTimestamps(Clock.systemUTC());

    private MemberTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static MemberTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static MemberTimestamps withClock(Clock clock) {
        return new MemberTimestamps(clock);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Member> E onCreate(E member) {
        Objects.requireNonNull(member, "member must not be null");
        Instant createdAt = member.getCreatedAt();
        if (createdAt == null) {
            createdAt = now();
            member.setCreatedAt(createdAt);
        }
        if (member.getUpdatedAt() == null) {
            member.setUpdatedAt(createdAt);
        }
        return member;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Member> E touch(E member) {
        Objects.requireNonNull(member, "member must not be null");
        member.setUpdatedAt(now());
        return member;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Member> List<E> touchAll(Iterable<E> entities) {
        List<E> list = listOf(entities);
        Instant now = now();
        for (E member : list) {
            Objects.requireNonNull(member, "entities must not contain null");
            member.setUpdatedAt(now);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param member the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Member member) {
        Objects.requireNonNull(member, "member must not be null");
        Instant updatedAt = member.getUpdatedAt();
        return updatedAt != null ? updatedAt : member.getCreatedAt();
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param member the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Member member) {
        Objects.requireNonNull(member, "member must not be null");
        return since(member.getCreatedAt());
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param member the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Member member) {
        Objects.requireNonNull(member, "member must not be null");
        return since(updatedAtOrCreated(member));
    }

    /**
     * Sets {@code lastSeenAt} to now.
     *
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Member> E markLastSeenAt(E member) {
        Objects.requireNonNull(member, "member must not be null");
        member.setLastSeenAt(now());
        return member;
    }
}
