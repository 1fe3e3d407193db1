package io.github.touchstone;

import java.util.Objects;

/**
 * One broken timestamp rule.
 *
 * @param field the declared Java field (or record component) at fault
 * @param rule the rule it breaks
 * @param message a message that names the field and the values involved
 */
public record TimestampViolation(String field, Rule rule, String message) {

    /**
     * Checks that every component is present.
     *
     * @param field the declared Java field (or record component) at fault
     * @param rule the rule it breaks
     * @param message a message that names the field and the values involved
     */
    public TimestampViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The rules a generated validator checks. */
    public enum Rule {
        /** {@code createdAt} is {@code null}. */
        CREATED_AT_MISSING,
        /** {@code updatedAt} is {@code null} although {@code updatedOnCreate} is {@code true}. */
        UPDATED_AT_MISSING,
        /** A managed timestamp is later than now plus the entity's {@code futureTolerance}. */
        IN_FUTURE,
        /** {@code updatedAt} or an activity timestamp is earlier than {@code createdAt}. */
        BEFORE_CREATED_AT,
        /** A duration's end is earlier than its start. */
        END_BEFORE_START,
        /** A stored duration differs from {@code end - start} truncated to its unit. */
        DURATION_MISMATCH,
        /** A stored duration is set while its start or end is {@code null}. */
        DURATION_WITHOUT_INTERVAL,
        /** An {@code OffsetDateTime} or {@code ZonedDateTime} value is not at offset zero. */
        NOT_UTC
    }
}
