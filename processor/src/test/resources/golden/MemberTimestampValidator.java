package com.acme;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link Member}: missing, in the future (beyond {@code PT5S}), out of order,
 * not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class MemberTimestampValidator implements TimestampValidator<Member> {
    /**
     * {@code futureTolerance = "PT5S"}, in milliseconds.
     */
    private static final long FUTURE_TOLERANCE_MILLIS = 5000L;

    private static final MemberTimestampValidator SYSTEM_UTC = new MemberTimestampValidator(Clock.systemUTC());

    private final Clock clock;

    private MemberTimestampValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns the shared validator on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static MemberTimestampValidator systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a validator that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static MemberTimestampValidator withClock(Clock clock) {
        return new MemberTimestampValidator(Objects.requireNonNull(clock, "clock must not be null"));
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
     * @param member the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     */
    @Override
    public List<TimestampViolation> validate(Member member) {
        Objects.requireNonNull(member, "member must not be null");
        Instant createdAt = member.getCreatedAt();
        Instant updatedAt = member.getUpdatedAt();
        Instant lastSeenAt = member.getLastSeenAt();
        long limit = clock.millis() + FUTURE_TOLERANCE_MILLIS;
        List<TimestampViolation> violations = null;
        if (createdAt == null) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.CREATED_AT_MISSING, "Member.createdAt is null");
        }
        if (updatedAt == null) {
            violations = add(violations, "updatedAt", TimestampViolation.Rule.UPDATED_AT_MISSING, "Member.updatedAt is null");
        }
        if (createdAt != null && isAfter(createdAt, limit)) {
            violations = add(violations, "createdAt", TimestampViolation.Rule.IN_FUTURE, "Member.createdAt " + createdAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
        }
        if (updatedAt != null) {
            if (isAfter(updatedAt, limit)) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.IN_FUTURE, "Member.updatedAt " + updatedAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
            }
            if (createdAt != null && updatedAt.isBefore(createdAt)) {
                violations = add(violations, "updatedAt", TimestampViolation.Rule.BEFORE_CREATED_AT, "Member.updatedAt " + updatedAt + " is earlier than createdAt " + createdAt);
            }
        }
        if (lastSeenAt != null) {
            if (isAfter(lastSeenAt, limit)) {
                violations = add(violations, "lastSeenAt", TimestampViolation.Rule.IN_FUTURE, "Member.lastSeenAt " + lastSeenAt + " is later than now + PT5S (" + Instant.ofEpochMilli(limit) + ")");
            }
            if (createdAt != null && lastSeenAt.isBefore(createdAt)) {
                violations = add(violations, "lastSeenAt", TimestampViolation.Rule.BEFORE_CREATED_AT, "Member.lastSeenAt " + lastSeenAt + " is earlier than createdAt " + createdAt);
            }
        }
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    /**
     * Returns the entity if its timestamps are valid.
     *
     * @param member the entity, not {@code null}
     * @return {@code member}
     * @throws TimestampValidationException naming every violation
     */
    @Override
    public Member check(Member member) {
        List<TimestampViolation> violations = validate(member);
        if (!violations.isEmpty()) {
            throw new TimestampValidationException(violations);
        }
        return member;
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
