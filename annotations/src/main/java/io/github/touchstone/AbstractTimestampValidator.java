package io.github.touchstone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The base class of every generated {@code <Entity>TimestampValidator}: the clock, {@link #check},
 * and one method per rule that the generated {@link #validate} calls for each field. Applications
 * use the generated subclasses; they are not meant to extend this class themselves.
 *
 * <p>The rule methods take the violations found so far ({@code null} while there are none) and
 * return them with the new one added, so that validating a valid entity allocates nothing.
 * Timestamp values are passed as {@code Object}: an {@code Instant}, {@code OffsetDateTime},
 * {@code ZonedDateTime}, {@code LocalDateTime} (read at UTC), {@code Long} (epoch milliseconds) or
 * {@code Double} (epoch seconds), or {@code null}, which no rule but the "missing" ones reports.
 * Messages name the field as {@code Entity.field} and show the values involved. Instances are
 * immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public abstract class AbstractTimestampValidator<T> implements TimestampValidator<T> {

    private final Clock clock;
    private final String entity;
    private final ChronoUnit precision;
    private final String futureTolerance;
    private final long futureToleranceMillis;

    /**
     * Creates a validator on {@code clock}.
     *
     * @param clock the clock "now" is read from, not {@code null}
     * @param entity the entity's simple name, as messages show it
     * @param precision the entity's precision, to which {@code Double} values are rounded
     * @param futureTolerance the entity's {@code futureTolerance}, as messages show it
     * @param futureToleranceMillis the same, in milliseconds
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    protected AbstractTimestampValidator(Clock clock, String entity, ChronoUnit precision, String futureTolerance,
            long futureToleranceMillis) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.entity = entity;
        this.precision = precision;
        this.futureTolerance = futureTolerance;
        this.futureToleranceMillis = futureToleranceMillis;
    }

    /**
     * Returns the clock this validator reads now from.
     *
     * @return the clock
     */
    public final Clock clock() {
        return clock;
    }

    /**
     * Returns the entity if its timestamps are valid.
     *
     * @param e the entity, not {@code null}
     * @return {@code e}
     * @throws TimestampValidationException naming every violation
     * @throws NullPointerException if {@code e} is {@code null}
     */
    @Override
    public final T check(T e) {
        List<TimestampViolation> violations = validate(e);
        if (!violations.isEmpty()) {
            throw new TimestampValidationException(violations);
        }
        return e;
    }

    /**
     * Returns the latest instant a timestamp may hold, now plus the future tolerance, in epoch
     * milliseconds: read with {@code clock.millis()}, which allocates nothing.
     *
     * @return the limit for {@link #inFuture}
     */
    protected final long limit() {
        return clock.millis() + futureToleranceMillis;
    }

    /**
     * Reports {@code rule} where a required timestamp is {@code null}.
     *
     * @param violations the violations so far, or {@code null}
     * @param field the field's name
     * @param value its value
     * @param rule {@code CREATED_AT_MISSING} or {@code UPDATED_AT_MISSING}
     * @return the violations, or {@code null} while there are none
     */
    protected final List<TimestampViolation> missing(List<TimestampViolation> violations, String field, Object value,
            TimestampViolation.Rule rule) {
        return value != null ? violations : add(violations, field, rule, entity + "." + field + " is null");
    }

    /**
     * Reports {@code IN_FUTURE} where a value is later than {@code limit}. A millisecond clock's
     * now is anywhere in its millisecond, so only a value past the end of the limit's millisecond
     * is provably later; a {@code Double}, which holds only the nearest double of an instant, is
     * compared as a double past that end.
     *
     * @param violations the violations so far, or {@code null}
     * @param field the field's name
     * @param value its value, or {@code null}
     * @param limit {@link #limit()}
     * @return the violations, or {@code null} while there are none
     */
    protected final List<TimestampViolation> inFuture(List<TimestampViolation> violations, String field, Object value,
            long limit) {
        boolean later;
        if (value == null) {
            return violations;
        } else if (value instanceof Long epochMilli) {
            later = epochMilli > limit;
        } else if (value instanceof Double epochSeconds) {
            later = epochSeconds > Math.nextUp((limit + 1) / 1e3);
        } else {
            Instant instant = TimeValues.instant(value, precision);
            long seconds = Math.floorDiv(limit, 1000);
            later = instant.getEpochSecond() > seconds
                    || instant.getEpochSecond() == seconds
                    && instant.getNano() >= (Math.floorMod(limit, 1000) + 1) * 1_000_000;
        }
        return !later ? violations : add(violations, field, TimestampViolation.Rule.IN_FUTURE, entity + "." + field + " "
                + shown(value) + " is later than now + " + futureTolerance + " (" + Instant.ofEpochMilli(limit) + ")");
    }

    /**
     * Reports {@code NOT_UTC} where an {@code OffsetDateTime} or {@code ZonedDateTime} is not at
     * offset zero.
     *
     * @param violations the violations so far, or {@code null}
     * @param field the field's name
     * @param value its value, or {@code null}
     * @return the violations, or {@code null} while there are none
     */
    protected final List<TimestampViolation> notUtc(List<TimestampViolation> violations, String field, Object value) {
        int offsetSeconds = value instanceof OffsetDateTime offsetDateTime ? offsetDateTime.getOffset().getTotalSeconds()
                : value instanceof ZonedDateTime zonedDateTime ? zonedDateTime.getOffset().getTotalSeconds() : 0;
        return offsetSeconds == 0 ? violations : add(violations, field, TimestampViolation.Rule.NOT_UTC,
                entity + "." + field + " " + value + " is not at UTC (offset zero)");
    }

    /**
     * Reports {@code rule} where {@code value} is earlier than {@code other}, both set. Values of
     * two types are compared as the coarser one holds them: an epoch-millisecond {@code Long}
     * written from an instant with microseconds is coarser, not earlier.
     *
     * @param violations the violations so far, or {@code null}
     * @param field the field's name
     * @param value its value, or {@code null}
     * @param otherField the name of the field it must not precede
     * @param other that field's value, or {@code null}
     * @param rule {@code BEFORE_CREATED_AT} or {@code END_BEFORE_START}
     * @return the violations, or {@code null} while there are none
     */
    protected final List<TimestampViolation> before(List<TimestampViolation> violations, String field, Object value,
            String otherField, Object other, TimestampViolation.Rule rule) {
        if (value == null || other == null || !isBefore(value, other)) {
            return violations;
        }
        return add(violations, field, rule, entity + "." + field + " " + shown(value) + " is earlier than " + otherField
                + " " + shown(other));
    }

    private boolean isBefore(Object a, Object b) {
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.isBefore(y);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        Object coarser = a instanceof Long || a instanceof Double ? a : b;
        return heldAs(a, coarser).isBefore(heldAs(b, coarser));
    }

    /** The instant of {@code value} as a field holding values like {@code like} would hold it. */
    private Instant heldAs(Object value, Object like) {
        Instant instant = TimeValues.instant(value, precision);
        if (like instanceof Long && !(value instanceof Long)) {
            return TimeValues.asEpochMilli(instant);
        }
        if (like instanceof Double && !(value instanceof Double)) {
            return TimeValues.ofEpochSeconds(TimeValues.epochSeconds(instant), precision);
        }
        return instant;
    }

    /**
     * Reports {@code DURATION_WITHOUT_INTERVAL} where a stored duration is set while its start or
     * end is {@code null}, and {@code DURATION_MISMATCH} where it differs from
     * {@code end - start} truncated to {@code unit}.
     *
     * @param violations the violations so far, or {@code null}
     * @param field the stored duration's name
     * @param stored its value: a {@code Long} or {@code Integer} in {@code unit}, a {@code Duration}
     *     ({@code truncated} to {@code unit} where {@code truncated}), or {@code null} when not set
     * @param unit the unit of a number, or the truncation of a {@code Duration}
     * @param truncated whether a {@code Duration} is truncated to {@code unit}
     * @param startField the start's name
     * @param start its value, or {@code null}
     * @param endField the end's name
     * @param end its value, or {@code null}
     * @return the violations, or {@code null} while there are none
     */
    protected final List<TimestampViolation> stored(List<TimestampViolation> violations, String field, Object stored,
            ChronoUnit unit, boolean truncated, String startField, Object start, String endField, Object end) {
        if (stored == null) {
            return violations;
        }
        String unitLabel = stored instanceof Duration ? "" : " " + unit.name();
        if (start == null || end == null) {
            return add(violations, field, TimestampViolation.Rule.DURATION_WITHOUT_INTERVAL, entity + "." + field + " is " + stored
                    + unitLabel + " but " + (start == null ? startField : endField) + " is null");
        }
        Duration between = Duration.between(TimeValues.instant(start, precision), TimeValues.instant(end, precision));
        Object expected;
        boolean differs;
        if (stored instanceof Duration duration) {
            Duration truncatedBetween = truncated ? between.truncatedTo(unit) : between;
            expected = truncatedBetween;
            differs = !duration.equals(truncatedBetween);
        } else {
            long amount = TimeValues.amount(between, unit);
            expected = amount;
            differs = ((Number) stored).longValue() != amount;
        }
        return !differs ? violations : add(violations, field, TimestampViolation.Rule.DURATION_MISMATCH, entity + "."
                + field + " is " + stored + unitLabel + " but " + endField + " - " + startField + " is " + expected + unitLabel);
    }

    /**
     * Returns the violations as {@code validate} returns them.
     *
     * @param violations the violations, or {@code null} if there are none
     * @return an immutable list, empty for {@code null}
     */
    protected static List<TimestampViolation> result(List<TimestampViolation> violations) {
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    private static List<TimestampViolation> add(List<TimestampViolation> violations, String field,
            TimestampViolation.Rule rule, String message) {
        List<TimestampViolation> list = violations == null ? new ArrayList<>(4) : violations;
        list.add(new TimestampViolation(field, rule, message));
        return list;
    }

    /**
     * A value as a message shows it: the value itself, which the message's concatenation prints,
     * or for epoch numbers the number with its instant.
     */
    private Object shown(Object value) {
        return value instanceof Long || value instanceof Double
                ? value + " (" + TimeValues.instant(value, precision) + ")" : value;
    }
}
