package io.github.touchstone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The base class of every generated {@code <Entity>Timestamps}: the clock, "now" at the entity's
 * precision, and the interval arithmetic the generated methods share. Applications use the
 * generated subclasses; they are not meant to extend this class themselves.
 *
 * <p>Timestamp values are passed as {@code Object}: an {@code Instant}, {@code OffsetDateTime},
 * {@code ZonedDateTime}, {@code LocalDateTime} (read at UTC), {@code Long} (epoch milliseconds) or
 * {@code Double} (epoch seconds, rounded to the precision when read), or {@code null}. Instances
 * are immutable and thread-safe.
 */
public abstract class AbstractTimestamps {

    private final Clock clock;
    private final ChronoUnit precision;
    private final long unitNanos;

    /**
     * Creates a helper on {@code clock}.
     *
     * @param clock the clock "now" is read from, not {@code null}
     * @param precision the unit every "now" is truncated to: {@code NANOS}, {@code MICROS},
     *     {@code MILLIS} or {@code SECONDS}
     * @throws NullPointerException if {@code clock} is {@code null}
     * @throws IllegalArgumentException if {@code precision} is longer than a second
     */
    protected AbstractTimestamps(Clock clock, ChronoUnit precision) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        if (precision.compareTo(ChronoUnit.SECONDS) > 0) {
            throw new IllegalArgumentException("precision must be at most SECONDS: " + precision);
        }
        this.precision = precision;
        this.unitNanos = precision.getDuration().toNanos();
    }

    /**
     * Returns the clock this helper reads now from.
     *
     * @return the clock
     */
    public final Clock clock() {
        return clock;
    }

    /**
     * Returns the clock's instant truncated to the entity's precision: the "now" every generated
     * method writes.
     *
     * @return now, truncated
     */
    protected final Instant now() {
        return TimeValues.truncate(clock.instant(), unitNanos);
    }

    /**
     * Returns the instant a timestamp value denotes.
     *
     * @param value a timestamp value (see the class description), or {@code null}
     * @return the instant, or {@code null} for {@code null}
     * @throws IllegalArgumentException if {@code value} is not of a supported type
     */
    protected final Instant instant(Object value) {
        return TimeValues.instant(value, precision);
    }

    /**
     * Returns an instant as epoch seconds, the float-UTC convention of {@code Double} fields.
     *
     * @param instant the instant, not {@code null}
     * @return its epoch seconds, fractional
     */
    protected static double epochSeconds(Instant instant) {
        return TimeValues.epochSeconds(instant);
    }

    /**
     * Returns the time from {@code start} to now.
     *
     * @param start a timestamp value, or {@code null}
     * @return now minus {@code start}, or empty if it is {@code null}
     */
    protected final Optional<Duration> since(Object start) {
        return start == null ? Optional.empty() : Optional.of(Duration.between(instant(start), now()));
    }

    /**
     * Returns the time from {@code start} to {@code end}.
     *
     * @param start a timestamp value, or {@code null}
     * @param end a timestamp value, or {@code null}
     * @return {@code end - start}, or empty if either is {@code null}
     */
    protected final Optional<Duration> interval(Object start, Object end) {
        return start == null || end == null ? Optional.empty() : Optional.of(duration(start, end));
    }

    /**
     * Returns the time from {@code start} to {@code end}, where a {@code null} end counts as now
     * (a running interval).
     *
     * @param start a timestamp value, or {@code null}
     * @param end a timestamp value, or {@code null} for now
     * @return {@code end - start}, or empty if {@code start} is {@code null}
     */
    protected final Optional<Duration> elapsed(Object start, Object end) {
        return start == null ? Optional.empty()
                : Optional.of(Duration.between(instant(start), end == null ? now() : instant(end)));
    }

    /**
     * Returns {@code end - start}.
     *
     * @param start a timestamp value, not {@code null}
     * @param end a timestamp value, not {@code null}
     * @return the duration, negative if {@code end} is earlier
     */
    protected final Duration duration(Object start, Object end) {
        return Duration.between(instant(start), instant(end));
    }

    /**
     * Returns {@code end - start} as a whole number of {@code unit}, truncated, the same on
     * every JDK.
     *
     * @param start a timestamp value, not {@code null}
     * @param end a timestamp value, not {@code null}
     * @param unit {@code NANOS} to {@code DAYS}
     * @return the amount of {@code unit}
     * @throws ArithmeticException if it overflows a {@code long}
     */
    protected final long duration(Object start, Object end, ChronoUnit unit) {
        return TimeValues.amount(duration(start, end), unit);
    }

    /**
     * Returns the entities {@code touchAll} changes in place and returns a view of: a
     * {@code List} argument itself, any other {@code Iterable} copied into a new list.
     *
     * @param <E> the entity type
     * @param entities the entities, not {@code null}
     * @return the list to change
     * @throws NullPointerException if {@code entities} is {@code null}
     */
    protected static <E> List<E> listOf(Iterable<E> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        if (entities instanceof List<E> list) {
            return list;
        }
        List<E> list = entities instanceof Collection<?> collection ? new ArrayList<>(collection.size()) : new ArrayList<>();
        entities.forEach(list::add);
        return list;
    }

    /**
     * Returns a new list for the copies {@code touchAll} makes, sized for {@code entities}.
     *
     * @param <E> the entity type
     * @param entities the entities, not {@code null}
     * @return a new, empty, modifiable list
     * @throws NullPointerException if {@code entities} is {@code null}
     */
    protected static <E> List<E> listFor(Iterable<?> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        return entities instanceof Collection<?> collection ? new ArrayList<>(collection.size()) : new ArrayList<>();
    }
}
