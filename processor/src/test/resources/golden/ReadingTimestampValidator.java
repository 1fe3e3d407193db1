package com.acme;

import io.github.touchstone.AbstractTimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link Reading}: missing, in the future (beyond {@code PT5S}),
 * out of order, not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ReadingTimestampValidator extends AbstractTimestampValidator<Reading> {
    private static final ReadingTimestampValidator SYSTEM_UTC = new ReadingTimestampValidator(
            Clock.systemUTC());

    private ReadingTimestampValidator(Clock clock) {
        super(clock, "Reading", ChronoUnit.MILLIS, "PT5S", 5000L);
    }

    /**
     * Returns the shared validator on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static ReadingTimestampValidator systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a validator that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static ReadingTimestampValidator withClock(Clock clock) {
        return new ReadingTimestampValidator(clock);
    }

    /**
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param reading the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     */
    @Override
    public List<TimestampViolation> validate(Reading reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        Long createdAt = reading.createdAt;
        OffsetDateTime updatedAt = reading.updatedAt;
        Double sampledAt = reading.sampledAt;
        long limit = limit();
        List<TimestampViolation> violations = missing(null, "createdAt", createdAt,
                TimestampViolation.Rule.CREATED_AT_MISSING);
        violations = missing(violations, "updatedAt", updatedAt,
                TimestampViolation.Rule.UPDATED_AT_MISSING);
        violations = inFuture(violations, "createdAt", createdAt, limit);
        violations = inFuture(violations, "updatedAt", updatedAt, limit);
        violations = notUtc(violations, "updatedAt", updatedAt);
        violations = before(violations, "updatedAt", updatedAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        violations = inFuture(violations, "sampledAt", sampledAt, limit);
        violations = before(violations, "sampledAt", sampledAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        return result(violations);
    }
}
