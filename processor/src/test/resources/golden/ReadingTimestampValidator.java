package com.acme;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link Reading}: missing, in the future (beyond {@code PT5S}), out of order,
 * not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ReadingTimestampValidator implements TimestampValidator<Reading> {
    /**
     * {@code futureTolerance = "PT5S"}, in milliseconds.
     */
    private static final long FUTURE_TOLERANCE_MILLIS = 5000L;

    private static final ReadingTimestampValidator SYSTEM_UTC = new ReadingTimestampValidator(Clock.systemUTC());

    private final Clock clock;

    private ReadingTimestampValidator(Clock clock) {
        this.clock = clock;
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
        return new ReadingTimestampValidator(Objects.requireNonNull(clock, "clock must not be null"));
    }

    /**
     * Returns the clock this validator reads now from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
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
        long limit = clock.millis() + FUTURE_TOLERANCE_MILLIS;
        List<TimestampViolation> violations = null;
        if (createdAt == null) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.CREATED_AT_MISSING, "Reading.createdAt is null");
        }
        if (updatedAt == null) {
            violations = add(violations, "updatedAt", TimestampViolation.Rule.UPDATED_AT_MISSING, "Reading.updatedAt is null");
        }
        if (createdAt != null && createdAt > limit) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.IN_FUTURE, "Reading.createdAt " + createdAt + " (" + Instant.ofEpochMilli(createdAt) + ")" + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
        }
        if (updatedAt != null) {
            if (isAfter(updatedAt.toInstant(), limit)) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.IN_FUTURE, "Reading.updatedAt " + updatedAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
            }
            if (updatedAt.getOffset().getTotalSeconds() != 0) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.NOT_UTC, "Reading.updatedAt " + updatedAt + " is not at UTC (offset zero)");
            }
            if (createdAt != null && Instant.ofEpochMilli(updatedAt.toInstant().toEpochMilli()).isBefore(Instant.ofEpochMilli(createdAt))) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.BEFORE_CREATED_AT, "Reading.updatedAt " + updatedAt + " is earlier than createdAt " + createdAt + " (" + Instant.ofEpochMilli(createdAt) + ")");
            }
        }
        if (sampledAt != null) {
            if (sampledAt > Math.nextUp((limit + 1) / 1e3)) {
                violations = add(violations, "sampledAt", TimestampViolation.Rule.IN_FUTURE, "Reading.sampledAt " + sampledAt + " (" + instantOfEpochSeconds(sampledAt) + ")" + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
            }
            if (createdAt != null && instantOfEpochSeconds(sampledAt).isBefore(instantOfEpochSeconds(epochSecondsOf(Instant.ofEpochMilli(createdAt))))) {
                violations = add(violations, "sampledAt", TimestampViolation.Rule.BEFORE_CREATED_AT, "Reading.sampledAt " + sampledAt + " (" + instantOfEpochSeconds(sampledAt) + ")" + " is earlier than createdAt " + createdAt + " (" + Instant.ofEpochMilli(createdAt) + ")");
            }
        }
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    /**
     * Returns the entity if its timestamps are valid.
     *
     * @param reading the entity, not {@code null}
     * @return {@code reading}
     * @throws TimestampValidationException naming every violation
     */
    @Override
    public Reading check(Reading reading) {
        List<TimestampViolation> violations = validate(reading);
        if (!violations.isEmpty()) {
            throw new TimestampValidationException(violations);
        }
        return reading;
    }

    private static List<TimestampViolation> add(List<TimestampViolation> violations, String field,
            TimestampViolation.Rule rule, String message) {
        List<TimestampViolation> list = violations == null ? new ArrayList<>() : violations;
        list.add(new TimestampViolation(field, rule, message));
        return list;
    }

    private static Instant instantOfEpochSeconds(double epochSeconds) {
        long seconds = (long) Math.floor(epochSeconds);
        return Instant.ofEpochSecond(seconds, Math.round((epochSeconds - seconds) * 1000.0) * 1000000L);
    }

    private static boolean isAfter(Instant instant, long epochMilli) {
        long seconds = Math.floorDiv(epochMilli, 1000);
        return instant.getEpochSecond() > seconds
                || instant.getEpochSecond() == seconds
                && instant.getNano() >= (Math.floorMod(epochMilli, 1000) + 1) * 1_000_000;
    }

    private static double epochSecondsOf(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
