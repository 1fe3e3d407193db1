package com.acme;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.internal.Copies;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
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
 * Timestamps of {@link Subscription}: every method that changes an entity sets its timestamps from
 * this helper's clock, truncated to {@code MICROS}, and returns the entity. {@link #validate}
 * checks the timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC,
 * and stored durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class SubscriptionTimestamps extends EntityTimestamps<Subscription> {
    private static final EntityShape SHAPE = new EntityShape("Subscription", ChronoUnit.MICROS,
            "PT5S", true, "createdAt:I updatedAt:I expiresAt:I trialExpiresAt:I");

    private static final SubscriptionTimestamps SYSTEM_UTC = new SubscriptionTimestamps(
            Clock.systemUTC());

    private SubscriptionTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.IN_PLACE);
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
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param subscription the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Subscription subscription) {
        requireEntity(subscription);
        Instant createdAt = subscription.getCreatedAt();
        Instant updatedAt = subscription.getUpdatedAt();
        Instant expiresAt = subscription.getExpiresAt();
        Instant trialExpiresAt = subscription.getTrialExpiresAt();
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .missing(1, updatedAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .instantNotBeforeCreatedAt(2, expiresAt, createdAt)
                .instantNotBeforeCreatedAt(3, trialExpiresAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Subscription subscription, int field) {
        return switch (field) {
            case 0 -> subscription.getCreatedAt();
            case 1 -> subscription.getUpdatedAt();
            case 2 -> subscription.getExpiresAt();
            case 3 -> subscription.getTrialExpiresAt();
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Subscription set(Subscription subscription, int field, Object value) {
        switch (field) {
            case 0 -> subscription.setCreatedAt((Instant) value);
            case 1 -> subscription.setUpdatedAt((Instant) value);
            case 2 -> subscription.setExpiresAt((Instant) value);
            case 3 -> subscription.setTrialExpiresAt((Instant) value);
            default -> throw new IndexOutOfBoundsException();
        }
        return subscription;
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); then, if
     * {@code updatedAt} is {@code null}, sets it to the same instant.
     *
     * @param <E> the entity's class
     * @param subscription the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public <E extends Subscription> E onCreate(E subscription) {
        stampCreated(subscription);
        return subscription;
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param <E> the entity's class
     * @param subscription the entity, not {@code null}
     * @return the same entity, changed in place
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public <E extends Subscription> E touch(E subscription) {
        stampTouched(subscription);
        return subscription;
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
    public <E extends Subscription> List<E> touchAll(Iterable<E> entities) {
        List<E> touched = touchList(entities);
        Object now = updatedAtNow();
        for (E subscription : touched) {
            set(subscription, 1, now);
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param subscription the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public Instant updatedAtOrCreated(Subscription subscription) {
        return (Instant) readLastChange(subscription);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param subscription the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public Optional<Duration> age(Subscription subscription) {
        return since(subscription, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param subscription the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Subscription subscription) {
        return readSinceLastChange(subscription);
    }

    /**
     * Sets {@code expiresAt} to now plus {@code ttl}, truncated to {@code MICROS}; changes nothing
     * else.
     *
     * @param <E> the entity's class
     * @param subscription the entity, not {@code null}
     * @param ttl the time to live, zero or positive
     * @return the same entity, changed in place
     * @throws IllegalArgumentException if {@code ttl} is negative, or so long that the expiry
     *     is past {@code Instant.MAX} (the entity is unchanged)
     * @throws NullPointerException if {@code subscription} or {@code ttl} is {@code null}
     */
    public <E extends Subscription> E expireIn(E subscription, Duration ttl) {
        expiry(subscription, 2, ttl);
        return subscription;
    }

    /**
     * Returns whether {@code expiresAt} has passed: now is at or after it.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code true} once expired; {@code false} while {@code expiresAt} is {@code null}
     */
    public boolean isExpired(Subscription subscription) {
        return expired(subscription, 2);
    }

    /**
     * Returns the time left until {@code expiresAt}.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code expiresAt} minus now, {@link Duration#ZERO} once expired, or empty while it is
     *     {@code null}
     */
    public Optional<Duration> timeToExpiry(Subscription subscription) {
        return remaining(subscription, 2);
    }

    /**
     * Sets {@code trialExpiresAt} to now plus {@code ttl}, truncated to {@code MICROS}; changes
     * nothing else.
     *
     * @param <E> the entity's class
     * @param subscription the entity, not {@code null}
     * @param ttl the time to live, zero or positive
     * @return the same entity, changed in place
     * @throws IllegalArgumentException if {@code ttl} is negative, or so long that the expiry
     *     is past {@code Instant.MAX} (the entity is unchanged)
     * @throws NullPointerException if {@code subscription} or {@code ttl} is {@code null}
     */
    public <E extends Subscription> E expireTrialIn(E subscription, Duration ttl) {
        expiry(subscription, 3, ttl);
        return subscription;
    }

    /**
     * Returns whether {@code trialExpiresAt} has passed: now is at or after it.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code true} once expired; {@code false} while {@code trialExpiresAt} is {@code null}
     */
    public boolean isTrialExpired(Subscription subscription) {
        return expired(subscription, 3);
    }

    /**
     * Returns the time left until {@code trialExpiresAt}.
     *
     * @param subscription the entity, not {@code null}
     * @return {@code trialExpiresAt} minus now, {@link Duration#ZERO} once expired, or empty while
     *     it is
     *     {@code null}
     */
    public Optional<Duration> trialTimeToExpiry(Subscription subscription) {
        return remaining(subscription, 3);
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
                Copies.list(subscription.getFeatures()), Copies.bytes(subscription.getLogo()),
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
     * The tracked fields of {@link Subscription} at one moment, for {@link #changedSince} and
     * {@link #touchIfChanged}:
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
        /**
         * Compares the tracked values, arrays by content.
         *
         * @param other another object
         * @return whether it is a snapshot of the same values
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot that && Objects.equals(plan, that.plan)
                    && Objects.equals(monthlyPrice, that.monthlyPrice)
                    && Objects.equals(features, that.features) && Arrays.equals(logo, that.logo)
                    && seats == that.seats && Objects.equals(expiresAt, that.expiresAt)
                    && Objects.equals(trialExpiresAt, that.trialExpiresAt);
        }

        /**
         * Hashes the tracked values, arrays by content.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(plan, monthlyPrice, features, Arrays.hashCode(logo), seats,
                    expiresAt, trialExpiresAt);
        }

        /**
         * Shows the tracked values, arrays by content.
         *
         * @return the values, as a record shows them
         */
        @Override
        public String toString() {
            return "Snapshot[plan=" + plan + ", monthlyPrice=" + monthlyPrice + ", features="
                    + features + ", logo=" + Arrays.toString(logo) + ", seats=" + seats
                    + ", expiresAt=" + expiresAt + ", trialExpiresAt=" + trialExpiresAt + "]";
        }
    }
}
