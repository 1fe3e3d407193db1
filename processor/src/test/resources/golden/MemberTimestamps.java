package com.acme;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamps of {@link Member}: every method that changes an entity sets its timestamps from this
 * helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate} checks the
 * timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC, and stored
 * durations that do not match their interval.
 *
 * <p>It is also the entity's JPA entity listener: register it with {@code
 * @EntityListeners(MemberTimestamps.class)}. Before an insert it runs {@code onCreate}. Before an
 * update it sets {@code updatedAt} to now unless the application has set it since the entity was
 * loaded or last written (a safety net, not a second clock). Then it checks the entity. An entity
 * with invalid timestamps is refused before it reaches the database with a {@link
 * TimestampValidationException} naming every violation.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class MemberTimestamps extends EntityTimestamps<Member> {
    private static final EntityShape SHAPE = new EntityShape("Member", ChronoUnit.MICROS, "PT5S",
            true, "createdAt:I updatedAt:I lastSeenAt:I");

    private static final MemberTimestamps SYSTEM_UTC = new MemberTimestamps(Clock.systemUTC());

    /**
     * The listener JPA providers create, on {@link Clock#systemUTC()}.
     */
    public MemberTimestamps() {
        this(Clock.systemUTC());
    }

    /**
     * The listener a container builds on its clock (CDI, Spring: the application's {@code Clock}
     * bean where it has one); also for tests.
     *
     * @param clock the clock, not {@code null}
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    @Inject
    public MemberTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.JPA_LISTENER);
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
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param member the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code member} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Member member) {
        requireEntity(member);
        Instant createdAt = member.getCreatedAt();
        Instant updatedAt = member.getUpdatedAt();
        Instant lastSeenAt = member.getLastSeenAt();
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .instantInFuture(2, lastSeenAt, limit)
                .instantNotBeforeCreatedAt(2, lastSeenAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Member member, int field) {
        return switch (field) {
            case 0 -> member.getCreatedAt();
            case 1 -> member.getUpdatedAt();
            case 2 -> member.getLastSeenAt();
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Member set(Member member, int field, Object value) {
        switch (field) {
            case 0 -> member.setCreatedAt((Instant) value);
            case 1 -> member.setUpdatedAt((Instant) value);
            case 2 -> member.setLastSeenAt((Instant) value);
            default -> throw new IndexOutOfBoundsException();
        }
        return member;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param <E> the entity's class
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public <E extends Member> E onCreate(E member) {
        stampCreated(member);
        return member;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param <E> the entity's class
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public <E extends Member> E touch(E member) {
        stampTouched(member);
        return member;
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
    public <E extends Member> List<E> touchAll(Iterable<E> entities) {
        List<E> touched = touchList(entities);
        Object now = updatedAtNow();
        for (E member : touched) {
            set(member, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param member the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public Instant updatedAtOrCreated(Member member) {
        return (Instant) readLastChange(member);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param member the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public Optional<Duration> age(Member member) {
        return since(member, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param member the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Member member) {
        return readSinceLastChange(member);
    }

    /**
     * Sets {@code lastSeenAt} to now.
     *
     * @param <E> the entity's class
     * @param member the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code member} is {@code null}
     */
    public <E extends Member> E markLastSeenAt(E member) {
        mark(member, 2, false, false);
        return member;
    }

    /**
     * {@code @PrePersist}: runs {@code onCreate}, then checks the entity.
     */
    @PrePersist
    void prePersist(Member member) {
        beforeInsert(member, true);
    }

    /**
     * {@code @PreUpdate}: sets {@code updatedAt} unless the application has, then checks the
     * entity.
     */
    @PreUpdate
    void preUpdate(Member member) {
        beforeUpdate(member, true);
    }

    /**
     * Remembers {@code updatedAt} as the database holds it.
     */
    @PostLoad
    @PostPersist
    @PostUpdate
    void postLoad(Member member) {
        afterWrite(member);
    }
}
