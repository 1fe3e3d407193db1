package com.acme;

import io.github.touchstone.AbstractTimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link Subscription}: missing, in the future (beyond {@code PT5S}),
 * out of order, not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class SubscriptionTimestampValidator extends AbstractTimestampValidator<Subscription> {
    private static final SubscriptionTimestampValidator SYSTEM_UTC = new SubscriptionTimestampValidator(
            Clock.systemUTC());

    private SubscriptionTimestampValidator(Clock clock) {
        super(clock, "Subscription", ChronoUnit.MICROS, "PT5S", 5000L);
    }

    /**
     * Returns the shared validator on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static SubscriptionTimestampValidator systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a validator that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static SubscriptionTimestampValidator withClock(Clock clock) {
        return new SubscriptionTimestampValidator(clock);
    }

    /**
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param subscription the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     */
    @Override
    public List<TimestampViolation> validate(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription must not be null");
        Instant createdAt = subscription.getCreatedAt();
        Instant updatedAt = subscription.getUpdatedAt();
        Instant expiresAt = subscription.getExpiresAt();
        Instant trialExpiresAt = subscription.getTrialExpiresAt();
        long limit = limit();
        List<TimestampViolation> violations = missing(null, "createdAt", createdAt,
                TimestampViolation.Rule.CREATED_AT_MISSING);
        violations = missing(violations, "updatedAt", updatedAt,
                TimestampViolation.Rule.UPDATED_AT_MISSING);
        violations = inFuture(violations, "createdAt", createdAt, limit);
        violations = inFuture(violations, "updatedAt", updatedAt, limit);
        violations = before(violations, "updatedAt", updatedAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        violations = before(violations, "expiresAt", expiresAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        violations = before(violations, "trialExpiresAt", trialExpiresAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        return result(violations);
    }
}
