package com.acme;

import io.github.touchstone.AbstractTimestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamp helpers for {@link Subscription}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class SubscriptionTimestamps extends AbstractTimestamps {
    private static final SubscriptionTimestamps SYSTEM_UTC = new SubscriptionTimestamps(
            Clock.systemUTC());

    private SubscriptionTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static SubscriptionTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static SubscriptionTimestamps withClock(Clock clock) {
        return new SubscriptionTimestamps(clock);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * then, if {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param subscription the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Subscription> E onCreate(E subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        Instant createdAt = subscription.getCreatedAt();
        if (createdAt == null) {
            createdAt = now();
            subscription.setCreatedAt(createdAt);
        }
        if (subscription.getUpdatedAt() == null) {
            subscription.setUpdatedAt(createdAt);
        }
        return subscription;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param subscription the entity, not {@code null}
     * @return the same entity, changed in place
     */
    public <E extends Subscription> E touch(E subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        subscription.setUpdatedAt(now());
        return subscription;
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched entities in iteration order, unmodifiable: a {@code List} argument
     *     comes back as a view of itself
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public <E extends Subscription> List<E> touchAll(Iterable<E> entities) {
        List<E> list = listOf(entities);
        Instant now = now();
        for (E subscription : list) {
            Objects.requireNonNull(subscription, "entities must not contain null");
            subscription.setUpdatedAt(now);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param subscription the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        Instant updatedAt = subscription.getUpdatedAt();
        return updatedAt != null ? updatedAt : subscription.getCreatedAt();
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param subscription the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return since(subscription.getCreatedAt());
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param subscription the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return since(updatedAtOrCreated(subscription));
    }

    /**
     * Sets {@code expiresAt} to now plus {@code ttl}, truncated to {@code MICROS}; changes nothing else.
     *
     * @param subscription the entity, not {@code null}
     * @param ttl the time to live, zero or positive
     * @return the same entity, changed in place
     * @throws IllegalArgumentException if {@code ttl} is negative (the entity is unchanged)
     * @throws NullPointerException if {@code subscription} or {@code ttl} is {@code null}
     */
    public <E extends Subscription> E expireIn(E subscription, Duration ttl) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        subscription.setExpiresAt(expiry(ttl));
        return subscription;
    }

    /**
     * Returns whether {@code expiresAt} has passed: now is at or after it.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code true} once expired; {@code false} while {@code expiresAt} is {@code null}
     */
    public boolean isExpired(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return expired(subscription.getExpiresAt());
    }

    /**
     * Returns the time left until {@code expiresAt}.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code expiresAt} minus now, {@link Duration#ZERO} once expired, or empty while it is
     *     {@code null}
     */
    public Optional<Duration> timeToExpiry(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return remaining(subscription.getExpiresAt());
    }

    /**
     * Sets {@code trialExpiresAt} to now plus {@code ttl}, truncated to {@code MICROS}; changes nothing else.
     *
     * @param subscription the entity, not {@code null}
     * @param ttl the time to live, zero or positive
     * @return the same entity, changed in place
     * @throws IllegalArgumentException if {@code ttl} is negative (the entity is unchanged)
     * @throws NullPointerException if {@code subscription} or {@code ttl} is {@code null}
     */
    public <E extends Subscription> E expireTrialIn(E subscription, Duration ttl) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        subscription.setTrialExpiresAt(expiry(ttl));
        return subscription;
    }

    /**
     * Returns whether {@code trialExpiresAt} has passed: now is at or after it.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code true} once expired; {@code false} while {@code trialExpiresAt} is {@code null}
     */
    public boolean isTrialExpired(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return expired(subscription.getTrialExpiresAt());
    }

    /**
     * Returns the time left until {@code trialExpiresAt}.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code trialExpiresAt} minus now, {@link Duration#ZERO} once expired, or empty while it is
     *     {@code null}
     */
    public Optional<Duration> trialTimeToExpiry(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return remaining(subscription.getTrialExpiresAt());
    }

    /**
     * Returns the tracked fields of the entity as they are now.
     *
     * @param subscription the entity, not {@code null}
     * @return a snapshot to pass to {@link #touchIfChanged} later
     */
    public Snapshot snapshot(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        return new Snapshot(subscription.getPlan(), subscription.getMonthlyPrice(),
                copyOf(subscription.getFeatures()),
                subscription.getLogo() == null ? null : subscription.getLogo().clone(),
                subscription.getSeats(), subscription.getExpiresAt(),
                subscription.getTrialExpiresAt());
    }

    /**
     * Returns whether a tracked field differs from {@code before}: compared with {@code equals},
     * arrays by content.
     *
     * @param subscription the entity, not {@code null}
     * @param before a {@link #snapshot} of it, not {@code null}
     * @return {@code true} if a tracked field changed
     */
    public boolean changedSince(Subscription subscription, Snapshot before) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        Objects.requireNonNull(before, "before must not be null");
        return !Objects.equals(subscription.getPlan(), before.plan())
                || !Objects.equals(subscription.getMonthlyPrice(), before.monthlyPrice())
                || !Objects.equals(subscription.getFeatures(), before.features())
                || !Arrays.equals(subscription.getLogo(), before.logo())
                || subscription.getSeats() != before.seats()
                || !Objects.equals(subscription.getExpiresAt(), before.expiresAt())
                || !Objects.equals(subscription.getTrialExpiresAt(), before.trialExpiresAt());
    }

    /**
     * Touches the entity ({@link #touch}) if a tracked field differs from {@code before};
     * otherwise changes nothing.
     *
     * @param subscription the entity, not {@code null}
     * @param before a {@link #snapshot} of it, not {@code null}
     * @return {@code true} if it changed and was touched
     */
    public boolean touchIfChanged(Subscription subscription, Snapshot before) {
        if (!changedSince(subscription, before)) {
            return false;
        }
        touch(subscription);
        return true;
    }

    /**
     * The tracked fields of {@link Subscription} at one moment, for {@link #changedSince} and {@link #touchIfChanged}:
     * arrays and collections are copies, so a change made to them in place counts.
     *
     * @param plan the value of {@code plan}
     * @param monthlyPrice the value of {@code monthlyPrice}
     * @param features the value of {@code features}
     * @param logo the value of {@code logo}
     * @param seats the value of {@code seats}
     * @param expiresAt the value of {@code expiresAt}
     * @param trialExpiresAt the value of {@code trialExpiresAt}
     */
    public record Snapshot(String plan, BigDecimal monthlyPrice, List<String> features, byte[] logo,
            int seats, Instant expiresAt, Instant trialExpiresAt) {
    }
}
