package io.github.touchstone.internal;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The violations a generated {@code validate} finds, as a list of checks:
 * {@code return checks().missing(0, createdAt).inFuture(0, createdAt, limit)...violations();}.
 * Each check returns the checks so far: the entity's shared, empty instance while nothing is
 * found (so validating a valid entity allocates nothing), a new instance holding the violations
 * from the first one on. Fields are numbered as in the entity's {@link EntityShape}, and each
 * value is the field's own, of the kind the shape gives it; {@code null} is reported only by
 * {@link #missing}.
 *
 * <p>Messages name the field as {@code Entity.field} and show the values involved. Not API.
 */
public final class Checks {

    private final EntityShape shape;
    /** The violations found, {@code null} in the shared instance that has found none. */
    private final List<TimestampViolation> found;

    Checks(EntityShape shape) {
        this.shape = shape;
        this.found = null;
    }

    private Checks(EntityShape shape, List<TimestampViolation> found) {
        this.shape = shape;
        this.found = found;
    }

    /**
     * Reports {@code CREATED_AT_MISSING} (field {@code 0}) or {@code UPDATED_AT_MISSING} (field
     * {@code 1}) where the value is {@code null}.
     *
     * @param field {@code 0} or {@code 1}
     * @param value the field's value
     * @return the checks so far
     */
    public Checks missing(int field, Object value) {
        return value != null ? this : add(field, field == EntityShape.CREATED_AT ? Rule.CREATED_AT_MISSING
                : Rule.UPDATED_AT_MISSING, label(field) + " is null");
    }

    /**
     * Reports {@code IN_FUTURE} where a value is later than {@code limit}. A millisecond clock's
     * now is anywhere in its millisecond, so only a value past the end of the limit's millisecond
     * is provably later; a {@code Double}, which holds only the nearest double of an instant, is
     * compared as a double past that end.
     *
     * @param field the field's number
     * @param value its value, of the field's kind, or {@code null}
     * @param limit now plus the future tolerance in epoch milliseconds, from the helper's
     *     {@code limit()}
     * @return the checks so far
     */
    public Checks inFuture(int field, Object value, long limit) {
        if (value == null) {
            return this;
        }
        TimeKind kind = shape.kind(field);
        boolean later = switch (kind) {
            case EPOCH_MILLIS -> (Long) value > limit;
            case EPOCH_SECONDS -> (Double) value > Math.nextUp((limit + 1) / 1e3);
            default -> isLater(kind.instant(value, shape.precision()), limit);
        };
        return later ? inFutureFound(field, value, limit) : this;
    }

    /**
     * {@link #inFuture} of an {@code Instant} field: the same check, on the type itself.
     *
     * @param field the field's number
     * @param value its value, or {@code null}
     * @param limit now plus the future tolerance in epoch milliseconds
     * @return the checks so far
     */
    public Checks instantInFuture(int field, Instant value, long limit) {
        return value == null || !isLater(value, limit) ? this : inFutureFound(field, value, limit);
    }

    private static boolean isLater(Instant instant, long limit) {
        long seconds = Math.floorDiv(limit, 1000);
        return instant.getEpochSecond() > seconds || instant.getEpochSecond() == seconds
                && instant.getNano() >= (Math.floorMod(limit, 1000) + 1) * 1_000_000;
    }

    private Checks inFutureFound(int field, Object value, long limit) {
        return add(field, Rule.IN_FUTURE, label(field) + " " + shown(field, value) + " is later than now + "
                + shape.futureTolerance() + " (" + Instant.ofEpochMilli(limit) + ")");
    }

    /**
     * Reports {@code NOT_UTC} where an {@code OffsetDateTime} or {@code ZonedDateTime} is not at
     * offset zero.
     *
     * @param field the field's number
     * @param value its value, or {@code null}
     * @return the checks so far
     */
    public Checks notUtc(int field, Object value) {
        return value == null || shape.kind(field).offsetSeconds(value) == 0 ? this
                : add(field, Rule.NOT_UTC, label(field) + " " + value + " is not at UTC (offset zero)");
    }

    /**
     * Reports {@code BEFORE_CREATED_AT} where a value is earlier than {@code createdAt} (field
     * {@code 0}), both set.
     *
     * @param field the field's number
     * @param value its value, or {@code null}
     * @param createdAt the value of {@code createdAt}, or {@code null}
     * @return the checks so far
     */
    public Checks notBeforeCreatedAt(int field, Object value, Object createdAt) {
        return before(field, value, EntityShape.CREATED_AT, createdAt, Rule.BEFORE_CREATED_AT);
    }

    /**
     * {@link #notBeforeCreatedAt} where the field and {@code createdAt} are {@code Instant}s.
     *
     * @param field the field's number
     * @param value its value, or {@code null}
     * @param createdAt the value of {@code createdAt}, or {@code null}
     * @return the checks so far
     */
    public Checks instantNotBeforeCreatedAt(int field, Instant value, Instant createdAt) {
        return value == null || createdAt == null || !value.isBefore(createdAt) ? this
                : beforeFound(field, value, EntityShape.CREATED_AT, createdAt, Rule.BEFORE_CREATED_AT);
    }

    /**
     * Reports {@code END_BEFORE_START} where a duration's end is earlier than its start, both set.
     *
     * @param end the end's number
     * @param endValue its value, or {@code null}
     * @param start the start's number
     * @param startValue its value, or {@code null}
     * @return the checks so far
     */
    public Checks endNotBeforeStart(int end, Object endValue, int start, Object startValue) {
        return before(end, endValue, start, startValue, Rule.END_BEFORE_START);
    }

    /**
     * {@link #endNotBeforeStart} where both ends are {@code Instant}s.
     *
     * @param end the end's number
     * @param endValue its value, or {@code null}
     * @param start the start's number
     * @param startValue its value, or {@code null}
     * @return the checks so far
     */
    public Checks instantEndNotBeforeStart(int end, Instant endValue, int start, Instant startValue) {
        return endValue == null || startValue == null || !endValue.isBefore(startValue) ? this
                : beforeFound(end, endValue, start, startValue, Rule.END_BEFORE_START);
    }

    /**
     * Values of two kinds are compared as the coarser one holds them: an epoch-millisecond
     * {@code Long} written from an instant with microseconds is coarser, not earlier.
     */
    private Checks before(int field, Object value, int other, Object otherValue, Rule rule) {
        if (value == null || otherValue == null) {
            return this;
        }
        TimeKind kind = shape.kind(field);
        TimeKind otherKind = shape.kind(other);
        boolean earlier;
        if (kind == TimeKind.EPOCH_MILLIS || otherKind == TimeKind.EPOCH_MILLIS) {
            earlier = epochMilli(kind, value) < epochMilli(otherKind, otherValue);
        } else if (kind == TimeKind.EPOCH_SECONDS || otherKind == TimeKind.EPOCH_SECONDS) {
            earlier = epochSeconds(kind, value) < epochSeconds(otherKind, otherValue);
        } else {
            earlier = kind.instant(value, shape.precision()).isBefore(otherKind.instant(otherValue, shape.precision()));
        }
        return earlier ? beforeFound(field, value, other, otherValue, rule) : this;
    }

    private Checks beforeFound(int field, Object value, int other, Object otherValue, Rule rule) {
        return add(field, rule, label(field) + " " + shown(field, value) + " is earlier than " + shape.name(other) + " "
                + shown(other, otherValue));
    }

    /** A value as a {@code Long} of epoch milliseconds holds it. */
    private long epochMilli(TimeKind kind, Object value) {
        return kind == TimeKind.EPOCH_MILLIS ? (Long) value : kind.instant(value, shape.precision()).toEpochMilli();
    }

    /** A value as a {@code Double} of epoch seconds holds it. */
    private double epochSeconds(TimeKind kind, Object value) {
        return kind == TimeKind.EPOCH_SECONDS ? (Double) value
                : TimeValues.epochSeconds(kind.instant(value, shape.precision()));
    }

    /**
     * Reports {@code DURATION_WITHOUT_INTERVAL} where a stored duration is set while its start or
     * end is {@code null}, and {@code DURATION_MISMATCH} where it differs from {@code end - start}
     * truncated to {@code unit}.
     *
     * @param field the stored duration's number
     * @param stored its value: a {@code Long} or {@code Integer} in {@code unit} or a
     *     {@code Duration}; {@code null} (for a primitive, {@code 0}) when not set
     * @param unit the unit of a number, or of a truncated {@code Duration}
     * @param start the start's number
     * @param startValue its value, or {@code null}
     * @param end the end's number
     * @param endValue its value, or {@code null}
     * @return the checks so far
     */
    public Checks storedDuration(int field, Object stored, ChronoUnit unit, int start, Object startValue, int end,
            Object endValue) {
        if (stored == null) {
            return this;
        }
        char storedKind = shape.storedKind(field);
        boolean isDuration = storedKind == 'd' || storedKind == 't';
        String unitLabel = isDuration ? "" : " " + unit.name();
        if (startValue == null || endValue == null) {
            return add(field, Rule.DURATION_WITHOUT_INTERVAL, label(field) + " is " + stored + unitLabel + " but "
                    + shape.name(startValue == null ? start : end) + " is null");
        }
        Duration between = Duration.between(shape.kind(start).instant(startValue, shape.precision()),
                shape.kind(end).instant(endValue, shape.precision()));
        Object expected;
        boolean differs;
        if (isDuration) {
            Duration truncated = storedKind == 't' ? between.truncatedTo(unit) : between;
            expected = truncated;
            differs = !stored.equals(truncated);
        } else {
            long amount = TimeValues.amount(between, unit);
            expected = amount;
            differs = ((Number) stored).longValue() != amount;
        }
        return !differs ? this : add(field, Rule.DURATION_MISMATCH, label(field) + " is " + stored + unitLabel
                + " but " + shape.name(end) + " - " + shape.name(start) + " is " + expected + unitLabel);
    }

    /**
     * Returns the violations found.
     *
     * @return an immutable list, empty when nothing was found
     */
    public List<TimestampViolation> violations() {
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    private Checks add(int field, Rule rule, String message) {
        Checks checks = found == null ? new Checks(shape, new ArrayList<>(4)) : this;
        checks.found.add(new TimestampViolation(shape.name(field), rule, message));
        return checks;
    }

    private String label(int field) {
        return shape.entity() + "." + shape.name(field);
    }

    /**
     * A value as a message shows it: the value itself, or for epoch numbers the number with its
     * instant.
     */
    private String shown(int field, Object value) {
        TimeKind kind = shape.kind(field);
        return kind == TimeKind.EPOCH_MILLIS || kind == TimeKind.EPOCH_SECONDS
                ? value + " (" + kind.instant(value, shape.precision()) + ")" : String.valueOf(value);
    }
}
