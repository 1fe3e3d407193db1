package com.acme;

import io.github.touchstone.StoredTimestamps;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import javax.annotation.processing.Generated;

/**
 * JPA entity listener for {@link Member}: register it with
 * {@code @EntityListeners(MemberTimestampListener.class)}.
 * Before an insert it runs {@code onCreate}. Before an update it sets {@code updatedAt} to now,
 * unless the application has set it since the entity was loaded or last written (a
 * {@code touch}, a {@code touchAll}, a mark that touches it, a merged copy that carries its
 * own): it is a safety net, not a second clock. Then it checks the entity.
 * An entity with invalid timestamps is refused before it reaches the database with a
 * {@link io.github.touchstone.TimestampValidationException} naming every violation.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class MemberTimestampListener {
    private final MemberTimestamps timestamps;

    private final MemberTimestampValidator validator;

    /**
     * The {@code updatedAt} of every entity instance as it was last loaded or written.
     */
    private final StoredTimestamps stored = new StoredTimestamps();

    /**
     * The listener JPA providers create, on {@link Clock#systemUTC()}.
     */
    public MemberTimestampListener() {
        this(Clock.systemUTC());
    }

    /**
     * A listener that reads now from {@code clock}: for tests, and for containers that build
     * listeners themselves (CDI, Spring: the application's {@code Clock} bean where it has one).
     *
     * @param clock the clock, not {@code null}
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    @Inject
    public MemberTimestampListener(Clock clock) {
        this.timestamps = MemberTimestamps.withClock(clock);
        this.validator = MemberTimestampValidator.withClock(clock);
    }

    /**
     * Runs {@code onCreate} and checks the entity before JPA inserts it.
     *
     * @param member the entity
     * @throws io.github.touchstone.TimestampValidationException if its timestamps are invalid
     */
    @PrePersist
    public void prePersist(Member member) {
        validator.check(timestamps.onCreate(member));
    }

    /**
     * Before JPA updates the entity: sets {@code updatedAt} to now, unless the application has set
     * it since the entity was loaded or last written; then checks the entity.
     *
     * @param member the entity
     * @throws io.github.touchstone.TimestampValidationException if its timestamps are invalid
     */
    @PreUpdate
    public void preUpdate(Member member) {
        if (stored.shouldTouch(member, member.getUpdatedAt())) {
            timestamps.touch(member);
        }
        validator.check(member);
    }

    /**
     * Remembers {@code updatedAt} as the database holds it, after JPA loads, inserts or updates the
     * entity: {@link #preUpdate} sets it only if it is still that value.
     *
     * @param member the entity
     */
    @PostLoad
    @PostPersist
    @PostUpdate
    public void remember(Member member) {
        stored.remember(member, member.getUpdatedAt());
    }
}
