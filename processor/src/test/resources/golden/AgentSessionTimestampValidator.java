package com.acme;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link AgentSession}: missing, in the future (beyond {@code PT5S}), out of order,
 * not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentSessionTimestampValidator implements TimestampValidator<AgentSession> {
    /**
     * {@code futureTolerance = "PT5S"}, in milliseconds.
     */
    private static final long FUTURE_TOLERANCE_MILLIS = 5000L;

    private static final AgentSessionTimestampValidator SYSTEM_UTC = new AgentSessionTimestampValidator(Clock.systemUTC());

    private final Clock clock;

    private AgentSessionTimestampValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns the shared validator on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static AgentSessionTimestampValidator systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a validator that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static AgentSessionTimestampValidator withClock(Clock clock) {
        return new AgentSessionTimestampValidator(Objects.requireNonNull(clock, "clock must not be null"));
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
     * @param agentSession the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     */
    @Override
    public List<TimestampViolation> validate(AgentSession agentSession) {
        Objects.requireNonNull(agentSession, "agentSession must not be null");
        Instant createdAt = agentSession.getCreatedAt();
        Instant updatedAt = agentSession.getUpdatedAt();
        Instant startTime = agentSession.getStartTime();
        Instant endTime = agentSession.getEndTime();
        Long executionTimeMs = agentSession.getExecutionTimeMs();
        long limit = clock.millis() + FUTURE_TOLERANCE_MILLIS;
        List<TimestampViolation> violations = null;
        if (createdAt == null) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.CREATED_AT_MISSING, "AgentSession.createdAt is null");
        }
        if (updatedAt == null) {
            violations = add(violations, "updatedAt", TimestampViolation.Rule.UPDATED_AT_MISSING, "AgentSession.updatedAt is null");
        }
        if (createdAt != null && isAfter(createdAt, limit)) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.IN_FUTURE, "AgentSession.createdAt " + createdAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
        }
        if (updatedAt != null) {
            if (isAfter(updatedAt, limit)) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.IN_FUTURE, "AgentSession.updatedAt " + updatedAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
            }
            if (createdAt != null && updatedAt.isBefore(createdAt)) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.BEFORE_CREATED_AT, "AgentSession.updatedAt " + updatedAt + " is earlier than createdAt " + createdAt);
            }
        }
        if (startTime != null && isAfter(startTime, limit)) {
            violations = add(violations, "startTime", TimestampViolation.Rule.IN_FUTURE, "AgentSession.startTime " + startTime + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
        }
        if (endTime != null && isAfter(endTime, limit)) {
            violations = add(violations, "endTime", TimestampViolation.Rule.IN_FUTURE, "AgentSession.endTime " + endTime + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            violations = add(violations, "endTime", TimestampViolation.Rule.END_BEFORE_START, "AgentSession.endTime " + endTime + " is earlier than startTime " + startTime);
        }
        if (executionTimeMs != null) {
            if (startTime == null || endTime == null) {
                violations = add(violations, "executionTimeMs", TimestampViolation.Rule.DURATION_WITHOUT_INTERVAL, "AgentSession.executionTimeMs is " + executionTimeMs + " MILLIS but " + (startTime == null ? "startTime" : "endTime") + " is null");
            } else {
                long expected = Duration.between(startTime, endTime).toMillis();
                if (executionTimeMs.longValue() != expected) {
                    violations = add(violations, "executionTimeMs", TimestampViolation.Rule.DURATION_MISMATCH, "AgentSession.executionTimeMs is " + executionTimeMs + " MILLIS but endTime - startTime is " + expected + " MILLIS");
                }
            }
        }
        if (createdAt != null && startTime != null && startTime.isBefore(createdAt)) {
            violations = add(violations, "startTime", TimestampViolation.Rule.END_BEFORE_START, "AgentSession.startTime " + startTime + " is earlier than createdAt " + createdAt);
        }
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    /**
     * Returns the entity if its timestamps are valid.
     *
     * @param agentSession the entity, not {@code null}
     * @return {@code agentSession}
     * @throws TimestampValidationException naming every violation
     */
    @Override
    public AgentSession check(AgentSession agentSession) {
        List<TimestampViolation> violations = validate(agentSession);
        if (!violations.isEmpty()) {
            throw new TimestampValidationException(violations);
        }
        return agentSession;
    }

    private static List<TimestampViolation> add(List<TimestampViolation> violations, String field,
            TimestampViolation.Rule rule, String message) {
        List<TimestampViolation> list = violations == null ? new ArrayList<>() : violations;
        list.add(new TimestampViolation(field, rule, message));
        return list;
    }

    private static boolean isAfter(Instant instant, long epochMilli) {
        long seconds = Math.floorDiv(epochMilli, 1000);
        return instant.getEpochSecond() > seconds
                || instant.getEpochSecond() == seconds
                && instant.getNano() >= (Math.floorMod(epochMilli, 1000) + 1) * 1_000_000;
    }
}
