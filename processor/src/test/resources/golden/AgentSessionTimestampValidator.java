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
 * Checks the timestamps of {@link AgentSession}: missing, in the future (beyond {@code PT5S}),
 * out of order, not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class AgentSessionTimestampValidator extends AbstractTimestampValidator<AgentSession> {
    private static final AgentSessionTimestampValidator SYSTEM_UTC = new AgentSessionTimestampValidator(
            Clock.systemUTC());

    private AgentSessionTimestampValidator(Clock clock) {
        super(clock, "AgentSession", ChronoUnit.MICROS, "PT5S", 5000L);
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
        return new AgentSessionTimestampValidator(clock);
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
        long limit = limit();
        List<TimestampViolation> violations = missing(null, "createdAt", createdAt,
                TimestampViolation.Rule.CREATED_AT_MISSING);
        violations = missing(violations, "updatedAt", updatedAt,
                TimestampViolation.Rule.UPDATED_AT_MISSING);
        violations = inFuture(violations, "createdAt", createdAt, limit);
        violations = inFuture(violations, "updatedAt", updatedAt, limit);
        violations = before(violations, "updatedAt", updatedAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        violations = inFuture(violations, "startTime", startTime, limit);
        violations = inFuture(violations, "endTime", endTime, limit);
        violations = before(violations, "endTime", endTime, "startTime", startTime,
                TimestampViolation.Rule.END_BEFORE_START);
        violations = stored(violations, "executionTimeMs", executionTimeMs, ChronoUnit.MILLIS,
                false, "startTime", startTime, "endTime", endTime);
        violations = before(violations, "startTime", startTime, "createdAt", createdAt,
                TimestampViolation.Rule.END_BEFORE_START);
        return result(violations);
    }
}
