package io.github.touchstone;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
     * Returns the expiry {@code ttl} from now: the clock's instant plus {@code ttl}, the sum
     * truncated to the entity's precision.
     *
     * @param ttl the time to live, zero or positive
     * @return the expiry instant
     * @throws NullPointerException if {@code ttl} is {@code null}
     * @throws IllegalArgumentException if {@code ttl} is negative, or so long that now plus it is
     *     past {@link Instant#MAX}
     */
    protected final Instant expiry(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl must not be null");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        try {
            return TimeValues.truncate(clock.instant().plus(ttl), unitNanos);
        } catch (ArithmeticException | DateTimeException e) {
            throw new IllegalArgumentException("ttl is too long for an instant: " + ttl, e);
        }
    }

    /**
     * Returns whether an expiry has passed: now (truncated to the precision, and for a
     * {@code Long} of epoch milliseconds to the millisecond the field can hold) is at or after it.
     *
     * @param expiry a timestamp value (any offset), or {@code null} for "never expires"
     * @return {@code true} once expired; {@code false} for {@code null}
     */
    protected final boolean expired(Object expiry) {
        return expiry != null && !nowAsHeldBy(expiry).isBefore(instant(expiry));
    }

    /**
     * Returns the time left until an expiry.
     *
     * @param expiry a timestamp value (any offset), or {@code null} for "never expires"
     * @return {@code expiry - now} (now as in {@link #expired}), {@link Duration#ZERO} once expired,
     *     or empty for {@code null}
     */
    protected final Optional<Duration> remaining(Object expiry) {
        if (expiry == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(nowAsHeldBy(expiry), instant(expiry));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /**
     * Now as a field holding {@code value} would hold it: a {@code Long} keeps whole
     * milliseconds, so an expiry it stored from now plus a time to live is compared with now in
     * milliseconds too, and a second's time to live leaves a second.
     */
    private Instant nowAsHeldBy(Object value) {
        Instant now = now();
        return value instanceof Long ? TimeValues.asEpochMilli(now) : now;
    }

    /**
     * Copies a list into a change-detection snapshot, so that a change made to it in place
     * counts as a change.
     *
     * @param <T> the element type
     * @param list the list, or {@code null}
     * @return a new {@code ArrayList} with the same elements ({@code null} ones kept), or
     *     {@code null}
     */
    protected static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    /**
     * Copies an array of objects into a change-detection snapshot, arrays in it deeply (a
     * {@code String[][]} changed in place counts as a change).
     *
     * @param <T> the component type
     * @param array the array, or {@code null}
     * @return a new array with the same elements, arrays in it copied, or {@code null}
     */
    @SuppressWarnings("unchecked")
    protected static <T> T[] copyOf(T[] array) {
        if (array == null) {
            return null;
        }
        T[] copy = array.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] != null && copy[i].getClass().isArray()) {
                copy[i] = (T) copyOfArray(copy[i]);
            }
        }
        return copy;
    }

    private static Object copyOfArray(Object array) {
        if (array instanceof Object[] objects) {
            return copyOf(objects);
        }
        if (array instanceof int[] ints) {
            return ints.clone();
        }
        if (array instanceof long[] longs) {
            return longs.clone();
        }
        if (array instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (array instanceof char[] chars) {
            return chars.clone();
        }
        if (array instanceof double[] doubles) {
            return doubles.clone();
        }
        if (array instanceof float[] floats) {
            return floats.clone();
        }
        if (array instanceof short[] shorts) {
            return shorts.clone();
        }
        return ((boolean[]) array).clone();
    }

    /**
     * Copies a set into a change-detection snapshot.
     *
     * @param <T> the element type
     * @param set the set, or {@code null}
     * @return a new {@code LinkedHashSet} with the same elements, or {@code null}
     */
    protected static <T> Set<T> copyOf(Set<T> set) {
        return set == null ? null : new LinkedHashSet<>(set);
    }

    /**
     * Copies a map into a change-detection snapshot.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the map, or {@code null}
     * @return a new {@code LinkedHashMap} with the same entries, or {@code null}
     */
    protected static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map == null ? null : new LinkedHashMap<>(map);
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
        if (entities instanceof List<E> list) {
            return list;
        }
        List<E> list = listFor(entities);
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
