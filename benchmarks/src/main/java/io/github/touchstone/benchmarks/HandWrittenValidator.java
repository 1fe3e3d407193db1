package io.github.touchstone.benchmarks;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The generated {@code AgentTimestamps}'s rules for {@link Agent}, written by hand: the same checks and
 * messages, the violation list created only when there is a violation.
 *
 * <p>{@link #validate} reads now as the generated code does ({@code clock.instant().plus(tolerance)}).
 * {@link #validateAllocationFree} shows the alternative that allocates nothing on a valid entity even without
 * escape analysis: it reads {@link Clock#millis()} and compares epoch seconds and nanoseconds as {@code long}s.
 */
public final class HandWrittenValidator {
    private static final Duration TOLERANCE = Duration.ofSeconds(5);
    private static final long TOLERANCE_MILLIS = TOLERANCE.toMillis();

    private final Clock clock;

    /**
     * Creates the validator.
     *
     * @param clock where now is read from
     */
    public HandWrittenValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Lists the agent's violations, reading now as an {@link Instant}.
     *
     * @param agent the agent
     * @return the violations, empty when valid
     */
    public List<TimestampViolation> validate(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        Instant limit = clock.instant().plus(TOLERANCE);
        Instant createdAt = agent.createdAt;
        Instant updatedAt = agent.updatedAt;
        Instant lastActiveAt = agent.lastActiveAt;
        List<TimestampViolation> violations = null;
        if (createdAt == null) {
            violations = add(violations, "createdAt", Rule.CREATED_AT_MISSING, "Agent.createdAt is null");
        } else if (createdAt.isAfter(limit)) {
            violations = add(violations, "createdAt", Rule.IN_FUTURE, future("createdAt", createdAt, limit));
        }
        if (updatedAt == null) {
            violations = add(violations, "updatedAt", Rule.UPDATED_AT_MISSING, "Agent.updatedAt is null");
        } else {
            if (updatedAt.isAfter(limit)) {
                violations = add(violations, "updatedAt", Rule.IN_FUTURE, future("updatedAt", updatedAt, limit));
            }
            if (createdAt != null && updatedAt.isBefore(createdAt)) {
                violations = add(violations, "updatedAt", Rule.BEFORE_CREATED_AT, before("updatedAt", updatedAt, createdAt));
            }
        }
        if (lastActiveAt != null) {
            if (lastActiveAt.isAfter(limit)) {
                violations = add(violations, "lastActiveAt", Rule.IN_FUTURE, future("lastActiveAt", lastActiveAt, limit));
            }
            if (createdAt != null && lastActiveAt.isBefore(createdAt)) {
                violations = add(violations, "lastActiveAt", Rule.BEFORE_CREATED_AT,
                        before("lastActiveAt", lastActiveAt, createdAt));
            }
        }
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    /**
     * Like {@link #validate}, but the "in the future" limit is kept as two {@code long}s read from
     * {@link Clock#millis()}, so a valid agent costs no allocation at all; the limit object is made only
     * for a message.
     *
     * @param agent the agent
     * @return the violations, empty when valid
     */
    public List<TimestampViolation> validateAllocationFree(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        long limitMillis = clock.millis() + TOLERANCE_MILLIS;
        long limitSecond = Math.floorDiv(limitMillis, 1000L);
        int limitNano = (int) Math.floorMod(limitMillis, 1000L) * 1_000_000;
        Instant createdAt = agent.createdAt;
        Instant updatedAt = agent.updatedAt;
        Instant lastActiveAt = agent.lastActiveAt;
        List<TimestampViolation> violations = null;
        if (createdAt == null) {
            violations = add(violations, "createdAt", Rule.CREATED_AT_MISSING, "Agent.createdAt is null");
        } else if (isAfter(createdAt, limitSecond, limitNano)) {
            violations = add(violations, "createdAt", Rule.IN_FUTURE, future("createdAt", createdAt, limitMillis));
        }
        if (updatedAt == null) {
            violations = add(violations, "updatedAt", Rule.UPDATED_AT_MISSING, "Agent.updatedAt is null");
        } else {
            if (isAfter(updatedAt, limitSecond, limitNano)) {
                violations = add(violations, "updatedAt", Rule.IN_FUTURE, future("updatedAt", updatedAt, limitMillis));
            }
            if (createdAt != null && updatedAt.isBefore(createdAt)) {
                violations = add(violations, "updatedAt", Rule.BEFORE_CREATED_AT, before("updatedAt", updatedAt, createdAt));
            }
        }
        if (lastActiveAt != null) {
            if (isAfter(lastActiveAt, limitSecond, limitNano)) {
                violations = add(violations, "lastActiveAt", Rule.IN_FUTURE,
                        future("lastActiveAt", lastActiveAt, limitMillis));
            }
            if (createdAt != null && lastActiveAt.isBefore(createdAt)) {
                violations = add(violations, "lastActiveAt", Rule.BEFORE_CREATED_AT,
                        before("lastActiveAt", lastActiveAt, createdAt));
            }
        }
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    private static boolean isAfter(Instant value, long limitSecond, int limitNano) {
        long second = value.getEpochSecond();
        return second > limitSecond || (second == limitSecond && value.getNano() > limitNano);
    }

    private static String future(String field, Instant value, Object limit) {
        Object shown = limit instanceof Long millis ? Instant.ofEpochMilli(millis) : limit;
        return "Agent." + field + " " + value + " is later than now + PT5S (" + shown + ")";
    }

    private static String before(String field, Instant value, Instant createdAt) {
        return "Agent." + field + " " + value + " is earlier than createdAt " + createdAt;
    }

    private static List<TimestampViolation> add(List<TimestampViolation> violations, String field, Rule rule,
            String message) {
        List<TimestampViolation> list = violations == null ? new ArrayList<>(4) : violations;
        list.add(new TimestampViolation(field, rule, message));
        return list;
    }
}
