package io.github.touchstone.internal;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The base class of every generated {@code <Entity>Timestamps}: the clock, "now" at the entity's
 * precision, and what its named methods do, on fields the generated class numbers in
 * {@link #get} and {@link #set} as its {@link EntityShape} lists them. A generated class holds
 * only how to reach its entity's fields, its named methods (each one call into this class) and
 * its {@code validate}.
 *
 * <p>Not API: applications use the generated subclasses. Instances are immutable and
 * thread-safe, but for the memory of a JPA entity listener, which is itself thread-safe.
 *
 * @param <E> the entity type
 */
public abstract class EntityTimestamps<E> implements TimestampValidator<E> {

    /** How a helper changes its entities. */
    public enum Mode {
        /** In place, through setters or fields. */
        IN_PLACE,
        /**
         * In place, and the helper is a JPA entity listener, which remembers the stored
         * {@code updatedAt} of every entity instance it sees.
         */
        JPA_LISTENER,
        /** Into a copy: a new record, or a class's withers; several fields changed at once make one copy. */
        COPIES
    }

    private final Clock clock;
    private final EntityShape shape;
    private final Mode mode;
    /** What a JPA entity listener remembers of stored {@code updatedAt} values; {@code null} for others. */
    private final StoredTimestamps stored;

    /**
     * Creates a helper on {@code clock}.
     *
     * @param clock the clock "now" is read from, not {@code null}
     * @param shape the entity's shape
     * @param mode how the helper changes its entities
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    protected EntityTimestamps(Clock clock, EntityShape shape, Mode mode) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.shape = shape;
        this.mode = mode;
        this.stored = mode == Mode.JPA_LISTENER ? new StoredTimestamps() : null;
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
     * Returns the entity if its timestamps are valid.
     *
     * @param e the entity, not {@code null}
     * @return {@code e}
     * @throws TimestampValidationException naming every violation
     * @throws NullPointerException if {@code e} is {@code null}
     */
    @Override
    public final E check(E e) {
        List<TimestampViolation> violations = validate(e);
        if (!violations.isEmpty()) {
            throw new TimestampValidationException(violations);
        }
        return e;
    }

    /**
     * Reads field {@code field} of the entity.
     *
     * @param e the entity, not {@code null}
     * @param field the field's number in the shape
     * @return its value, of the field's own type; {@code null} for a field of an {@code @Embedded}
     *     value that is {@code null}
     */
    protected abstract Object get(E e, int field);

    /**
     * Writes field {@code field} of the entity.
     *
     * @param e the entity, not {@code null}
     * @param field the field's number in the shape
     * @param value a value of the field's own type, as the runtime makes it from the field's kind
     * @return the entity changed in place, or for a record or a class served through withers the
     *     changed copy
     */
    protected abstract E set(E e, int field, Object value);

    /**
     * Writes several fields at once: {@code values[i]} into field {@code i} where it is not
     * {@code null}. A record overrides it to build one new record; this implementation
     * {@linkplain #set sets} each field in turn.
     *
     * @param e the entity, not {@code null}
     * @param values the new values by field number, {@code null} for a field left as it is
     * @return the entity changed in place, or the changed copy
     */
    protected E setAll(E e, Object[] values) {
        E changed = e;
        for (int field = 0; field < values.length; field++) {
            if (values[field] != null) {
                changed = set(changed, field, values[field]);
            }
        }
        return changed;
    }

    /** Writes two fields: in place one after the other, into a copy at once. */
    private E set(E e, int field, Object value, int other, Object otherValue) {
        if (mode != Mode.COPIES) {
            return set(set(e, field, value), other, otherValue);
        }
        Object[] values = new Object[shape.size()];
        values[field] = value;
        values[other] = otherValue;
        return setAll(e, values);
    }

    /**
     * Returns the clock's instant truncated to the entity's precision: the "now" every method
     * writes and compares with.
     *
     * @return now, truncated
     */
    protected final Instant now() {
        return TimeValues.truncate(clock.instant(), shape.unitNanos());
    }

    /**
     * Returns the limit of {@code IN_FUTURE}, now plus the future tolerance, in epoch
     * milliseconds: read with {@code clock.millis()}, which allocates nothing.
     *
     * @return the limit to pass to {@link Checks#inFuture}
     */
    protected final long limit() {
        return clock.millis() + shape.futureToleranceMillis();
    }

    /**
     * Returns the checks of a validation that has found nothing yet.
     *
     * @return the entity's shared, empty checks
     */
    protected final Checks checks() {
        return shape.clean();
    }

    /**
     * Throws a {@code NullPointerException} naming the entity if {@code e} is {@code null}.
     *
     * @param e the entity
     * @return {@code e}
     */
    protected final E requireEntity(E e) {
        if (e == null) {
            throw new NullPointerException(shape.parameter() + " must not be null");
        }
        return e;
    }

    /** The instant timestamp field {@code field} of {@code e} denotes, or {@code null}. */
    private Instant instant(E e, int field) {
        return shape.kind(field).instant(get(e, field), shape.precision());
    }

    /** {@code instant} as timestamp field {@code field} holds it. */
    private Instant held(int field, Instant instant) {
        return shape.kind(field).held(instant, shape.precision());
    }

    /**
     * {@code instant} as the coarser of two timestamp fields holds it (a {@code Long} before a
     * {@code Double}): written into both, it stays one instant.
     */
    private Instant held(int field, int other, Instant instant) {
        TimeKind a = shape.kind(field);
        TimeKind b = shape.kind(other);
        if (a == b) {
            return instant; // one type holds it one way
        }
        TimeKind coarser = a == TimeKind.EPOCH_MILLIS || b == TimeKind.EPOCH_MILLIS ? TimeKind.EPOCH_MILLIS
                : a == TimeKind.EPOCH_SECONDS ? a : b;
        return coarser.held(instant, shape.precision());
    }

    /** Writes the instant {@code instant} into timestamp field {@code field}. */
    private E setInstant(E e, int field, Instant instant) {
        return set(e, field, shape.kind(field).of(instant));
    }

    /**
     * {@code onCreate}: {@code createdAt := now} while {@code null} (never overwritten); then,
     * with {@code updatedOnCreate}, {@code updatedAt :=} the same instant while {@code null}.
     *
     * @param e the entity, not {@code null}
     * @return the entity changed in place, or a changed copy; the argument itself where nothing
     *     changes
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final E stampCreated(E e) {
        requireEntity(e);
        Object createdAt = get(e, EntityShape.CREATED_AT);
        boolean both = shape.updatedOnCreate() && get(e, EntityShape.UPDATED_AT) == null;
        if (createdAt != null && !both) {
            return e;
        }
        if (createdAt != null) {
            // updatedAt := createdAt, the value itself where both fields have one type
            return set(e, EntityShape.UPDATED_AT, shape.kind(EntityShape.CREATED_AT) == shape.kind(EntityShape.UPDATED_AT)
                    ? createdAt : shape.kind(EntityShape.UPDATED_AT).of(instant(e, EntityShape.CREATED_AT)));
        }
        if (!both) {
            return setInstant(e, EntityShape.CREATED_AT, now());
        }
        // written into both fields, one instant as both types hold it
        Instant created = held(EntityShape.CREATED_AT, EntityShape.UPDATED_AT, now());
        return set(e, EntityShape.CREATED_AT, shape.kind(EntityShape.CREATED_AT).of(created),
                EntityShape.UPDATED_AT, shape.kind(EntityShape.UPDATED_AT).of(created));
    }

    /**
     * {@code touch}: {@code updatedAt := now}.
     *
     * @param e the entity, not {@code null}
     * @return the entity changed in place, or a changed copy
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final E stampTouched(E e) {
        return setInstant(requireEntity(e), EntityShape.UPDATED_AT, now());
    }

    /**
     * The entities {@code touchAll} changes in place, every one checked before any is changed: a
     * {@code List} argument itself, any other {@code Iterable} copied into a new list. The loop that
     * touches them is the generated class's own, where each write is its entity's.
     *
     * @param <S> the entities' class
     * @param entities the entities, none {@code null}
     * @return the list to touch
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    protected final <S extends E> List<S> touchList(Iterable<S> entities) {
        List<S> list = listOf(entities);
        if (list instanceof RandomAccess) {
            // by index: no iterator for a call site that sees every list type of the application
            for (int i = 0, size = list.size(); i < size; i++) {
                Objects.requireNonNull(list.get(i), "entities must not contain null");
            }
        } else {
            for (S e : list) {
                Objects.requireNonNull(e, "entities must not contain null");
            }
        }
        return list;
    }

    /**
     * Now, as {@code updatedAt} holds it: the one value {@code touchAll} writes into every entity.
     *
     * @return now, of {@code updatedAt}'s type
     */
    protected final Object updatedAtNow() {
        return shape.kind(EntityShape.UPDATED_AT).of(now());
    }

    /**
     * {@code touchAll} of records or wither classes: the touched copies, with one instant.
     * Every element is checked before any copy is made.
     *
     * @param entities the entities, none {@code null}
     * @return the copies in iteration order, in a new unmodifiable list
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    protected final List<E> stampTouchedCopies(Iterable<? extends E> entities) {
        List<? extends E> list = touchList(entities);
        Object now = updatedAtNow();
        List<E> touched = new ArrayList<>(list.size());
        for (E e : list) {
            touched.add(set(e, EntityShape.UPDATED_AT, now));
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * {@code updatedAtOrCreated}: {@code updatedAt}, or {@code createdAt} where it is
     * {@code null}.
     *
     * @param e the entity, not {@code null}
     * @return the field's own value where both fields have one type, an {@code Instant}
     *     otherwise; {@code null} if both are {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Object readLastChange(E e) {
        requireEntity(e);
        Object updatedAt = get(e, EntityShape.UPDATED_AT);
        int field = updatedAt != null ? EntityShape.UPDATED_AT : EntityShape.CREATED_AT;
        Object value = updatedAt != null ? updatedAt : get(e, EntityShape.CREATED_AT);
        return shape.kind(EntityShape.CREATED_AT) == shape.kind(EntityShape.UPDATED_AT) ? value
                : shape.kind(field).instant(value, shape.precision());
    }

    /**
     * {@code age}: now minus a timestamp.
     *
     * @param e the entity, not {@code null}
     * @param field the timestamp's number
     * @return the duration, or empty while the timestamp is {@code null} (never a made-up zero)
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Optional<Duration> since(E e, int field) {
        Instant start = instant(requireEntity(e), field);
        return start == null ? Optional.empty() : Optional.of(Duration.between(start, now()));
    }

    /**
     * {@code sinceLastUpdate}: now minus {@code updatedAt}, or {@code createdAt} where it is
     * {@code null}.
     *
     * @param e the entity, not {@code null}
     * @return the duration, or empty if both are {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Optional<Duration> readSinceLastChange(E e) {
        Instant start = instant(requireEntity(e), EntityShape.UPDATED_AT);
        if (start == null) {
            start = instant(e, EntityShape.CREATED_AT);
        }
        return start == null ? Optional.empty() : Optional.of(Duration.between(start, now()));
    }

    /**
     * Sets an activity timestamp to now.
     *
     * @param e the entity, not {@code null}
     * @param field the activity's number
     * @param once whether it is set only while {@code null} (a refused mark changes nothing)
     * @param touchesUpdatedAt whether {@code updatedAt} gets the same instant
     * @return the entity, changed
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final E mark(E e, int field, boolean once, boolean touchesUpdatedAt) {
        requireEntity(e);
        if (once && get(e, field) != null) {
            return e;
        }
        if (!touchesUpdatedAt) {
            return setInstant(e, field, now());
        }
        // one instant, which each field holds as its type can: a coarser updatedAt could fall
        // before a createdAt written earlier at the entity's precision
        Instant now = now();
        return set(e, field, shape.kind(field).of(now), EntityShape.UPDATED_AT,
                shape.kind(EntityShape.UPDATED_AT).of(now));
    }

    /**
     * Returns {@code end - start}.
     *
     * @param e the entity, not {@code null}
     * @param start the start's number
     * @param end the end's number
     * @return the duration, or empty if either is {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Optional<Duration> between(E e, int start, int end) {
        Instant from = instant(requireEntity(e), start);
        Instant to = instant(e, end);
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }

    /**
     * Returns {@code end - start}, where a {@code null} end counts as now (a running interval).
     *
     * @param e the entity, not {@code null}
     * @param start the start's number
     * @param end the end's number
     * @return the duration so far, or empty if the start is {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Optional<Duration> runningBetween(E e, int start, int end) {
        Instant from = instant(requireEntity(e), start);
        if (from == null) {
            return Optional.empty();
        }
        Instant to = instant(e, end);
        return Optional.of(Duration.between(from, to == null ? now() : to));
    }

    /**
     * Stores {@code end - start}, truncated to {@code unit}, in a stored duration when both ends
     * are set; otherwise changes nothing.
     *
     * @param e the entity, not {@code null}
     * @param stored the stored duration's number
     * @param start the start's number
     * @param end the end's number
     * @param unit its unit
     * @return the entity, changed
     * @throws NullPointerException if {@code e} is {@code null}
     * @throws ArithmeticException if the amount overflows the stored type
     */
    protected final E storeBetween(E e, int stored, int start, int end, ChronoUnit unit) {
        Instant from = instant(requireEntity(e), start);
        Instant to = instant(e, end);
        return from == null || to == null ? e : set(e, stored, amount(stored, from, to, unit));
    }

    /** The value a stored duration holds for {@code to - from}. */
    private Object amount(int stored, Instant from, Instant to, ChronoUnit unit) {
        Duration between = Duration.between(from, to);
        return switch (shape.storedKind(stored)) {
            case 'n' -> TimeValues.amount(between, unit);
            case 'i' -> Math.toIntExact(TimeValues.amount(between, unit));
            case 't' -> between.truncatedTo(unit);
            default -> between;
        };
    }

    /**
     * Sets a duration's end to now if it is {@code null} (as its mark does, {@code updatedAt}
     * too where the mark touches it), then {@link #storeBetween stores} the duration; a copy is
     * made once.
     *
     * @param e the entity, not {@code null}
     * @param stored the stored duration's number
     * @param start the start's number
     * @param end the end's number
     * @param unit its unit
     * @param touchesUpdatedAt whether setting the end sets {@code updatedAt} to the same instant
     * @return the entity, changed
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final E completeBetween(E e, int stored, int start, int end, ChronoUnit unit, boolean touchesUpdatedAt) {
        if (get(requireEntity(e), end) != null) {
            return storeBetween(e, stored, start, end, unit);
        }
        Instant now = now();
        Instant from = instant(e, start);
        Object endValue = shape.kind(end).of(now);
        Object updatedAt = touchesUpdatedAt ? shape.kind(EntityShape.UPDATED_AT).of(now) : null;
        // from the end as it reads back, as the validator compares
        Object amount = from == null ? null : amount(stored, from, held(end, now), unit);
        if (mode == Mode.COPIES) {
            Object[] values = new Object[shape.size()];
            if (updatedAt != null) {
                values[EntityShape.UPDATED_AT] = updatedAt;
            }
            values[end] = endValue;
            values[stored] = amount;
            return setAll(e, values);
        }
        set(e, end, endValue);
        if (updatedAt != null) {
            set(e, EntityShape.UPDATED_AT, updatedAt);
        }
        return amount == null ? e : set(e, stored, amount);
    }

    /**
     * Sets an expiry to now plus {@code ttl}, the sum truncated to the precision; nothing else
     * changes.
     *
     * @param e the entity, not {@code null}
     * @param field the expiry's number
     * @param ttl the time to live, zero or positive
     * @return the entity, changed
     * @throws NullPointerException if {@code e} or {@code ttl} is {@code null}
     * @throws IllegalArgumentException if {@code ttl} is negative, or so long that the expiry is
     *     past {@link Instant#MAX}; the entity is then unchanged
     */
    protected final E expiry(E e, int field, Duration ttl) {
        requireEntity(e);
        Objects.requireNonNull(ttl, "ttl must not be null");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        Instant expiry;
        try {
            expiry = TimeValues.truncate(clock.instant().plus(ttl), shape.unitNanos());
        } catch (ArithmeticException | DateTimeException x) {
            throw new IllegalArgumentException("ttl is too long for an instant: " + ttl, x);
        }
        return setInstant(e, field, expiry);
    }

    /**
     * Returns whether an expiry has passed: now is at or after it.
     *
     * @param e the entity, not {@code null}
     * @param field the expiry's number
     * @return {@code true} once expired; {@code false} while the expiry is {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final boolean expired(E e, int field) {
        Instant expiry = instant(requireEntity(e), field);
        return expiry != null && !now().isBefore(expiry);
    }

    /**
     * Returns the time left until an expiry.
     *
     * @param e the entity, not {@code null}
     * @param field the expiry's number
     * @return the expiry minus now, {@link Duration#ZERO} once expired, or empty while it is
     *     {@code null}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    protected final Optional<Duration> remaining(E e, int field) {
        Instant expiry = instant(requireEntity(e), field);
        if (expiry == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now(), expiry);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /**
     * JPA {@code @PrePersist}: {@code onCreate} (for a {@code @Timestamped} entity), then
     * {@link #check}.
     *
     * @param e the entity
     * @param timestamped whether the entity is {@code @Timestamped}
     */
    protected final void beforeInsert(E e, boolean timestamped) {
        check(timestamped ? stampCreated(e) : e);
    }

    /**
     * JPA {@code @PreUpdate}: for a {@code @Timestamped} entity, {@code updatedAt} := now unless
     * the application has set it since the entity was loaded or last written (a safety net, not a
     * second clock); then {@link #check}.
     *
     * @param e the entity
     * @param timestamped whether the entity is {@code @Timestamped}
     */
    protected final void beforeUpdate(E e, boolean timestamped) {
        if (timestamped && stored.shouldTouch(e, get(e, EntityShape.UPDATED_AT))) {
            stampTouched(e);
        }
        check(e);
    }

    /**
     * JPA {@code @PostLoad}, {@code @PostPersist}, {@code @PostUpdate}: remembers {@code updatedAt}
     * as the database holds it, so that {@link #beforeUpdate} sets it only while it is still that
     * value. The entity is held weakly.
     *
     * @param e the entity
     */
    protected final void afterWrite(E e) {
        stored.remember(e, get(e, EntityShape.UPDATED_AT));
    }

    /**
     * A {@code List} argument itself, any other {@code Iterable} copied into a new list.
     *
     * @throws NullPointerException if {@code entities} is {@code null}
     */
    private static <T> List<T> listOf(Iterable<T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        if (entities instanceof List<T> list) {
            return list;
        }
        List<T> list = entities instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        entities.forEach(list::add);
        return list;
    }
}
