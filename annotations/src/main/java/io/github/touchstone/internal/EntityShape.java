package io.github.touchstone.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the runtime knows of one entity: its name, its precision and future tolerance, and the
 * fields a generated class numbers in its {@code get} and {@code set}. The processor writes one
 * per entity as a constant.
 *
 * <p>Fields are listed as {@code name:kind}, separated by spaces, numbered from {@code 0} in
 * that order; a {@code @Timestamped} entity lists {@code createdAt} as field {@code 0} and
 * {@code updatedAt} as field {@code 1}. A kind is a {@link TimeKind#code() TimeKind letter} for
 * a timestamp, or for a stored duration {@code n} (a {@code long} or {@code Long} in its unit),
 * {@code i} (an {@code int} or {@code Integer}), {@code d} (a {@code java.time.Duration}) or
 * {@code t} (a {@code Duration} truncated to its unit).
 *
 * <p>Not API: instances are immutable and thread-safe.
 */
public final class EntityShape {

    /** The number field {@code createdAt} has in a {@code @Timestamped} entity. */
    static final int CREATED_AT = 0;
    /** The number field {@code updatedAt} has in a {@code @Timestamped} entity. */
    static final int UPDATED_AT = 1;

    private final String entity;
    private final String parameter;
    private final ChronoUnit precision;
    private final long unitNanos;
    private final String futureTolerance;
    private final long futureToleranceMillis;
    private final boolean updatedOnCreate;
    private final String[] names;
    private final char[] kinds;
    private final TimeKind[] timeKinds;
    private final Checks clean;

    /**
     * Describes an entity.
     *
     * @param entity the entity's simple name, as messages show it ({@code Outer.Inner} for a
     *     nested class)
     * @param precision the unit every "now" is truncated to: {@code NANOS} to {@code SECONDS}
     * @param futureTolerance how far in the future a timestamp may be, ISO-8601
     * @param updatedOnCreate whether {@code onCreate} sets {@code updatedAt} too
     * @param fields the fields as {@code name:kind}, separated by spaces (see the class
     *     description)
     * @throws IllegalArgumentException if {@code precision} is longer than a second or a field
     *     is malformed
     * @throws java.time.format.DateTimeParseException if {@code futureTolerance} is not ISO-8601
     */
    public EntityShape(String entity, ChronoUnit precision, String futureTolerance, boolean updatedOnCreate,
            String fields) {
        this.entity = Objects.requireNonNull(entity, "entity");
        String simple = entity.substring(entity.lastIndexOf('.') + 1);
        this.parameter = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        if (precision.compareTo(ChronoUnit.SECONDS) > 0) {
            throw new IllegalArgumentException("precision must be at most SECONDS: " + precision);
        }
        this.precision = precision;
        this.unitNanos = precision.getDuration().toNanos();
        this.futureTolerance = futureTolerance;
        this.futureToleranceMillis = Duration.parse(futureTolerance).toMillis();
        this.updatedOnCreate = updatedOnCreate;
        String[] declared = fields.isEmpty() ? new String[0] : fields.split(" ");
        this.names = new String[declared.length];
        this.kinds = new char[declared.length];
        this.timeKinds = new TimeKind[declared.length];
        for (int i = 0; i < declared.length; i++) {
            int colon = declared[i].indexOf(':');
            if (colon < 1 || colon != declared[i].length() - 2) {
                throw new IllegalArgumentException("not a field (name:kind): " + declared[i]);
            }
            names[i] = declared[i].substring(0, colon);
            kinds[i] = declared[i].charAt(colon + 1);
            timeKinds[i] = TimeKind.ofCode(kinds[i]);
            if (timeKinds[i] == null && "nidt".indexOf(kinds[i]) < 0) {
                throw new IllegalArgumentException("not a kind: " + declared[i]);
            }
        }
        this.clean = new Checks(this);
    }

    /** The entity's name as messages show it. */
    String entity() {
        return entity;
    }

    /** The entity parameter as a {@code NullPointerException}'s message names it. */
    String parameter() {
        return parameter;
    }

    ChronoUnit precision() {
        return precision;
    }

    long unitNanos() {
        return unitNanos;
    }

    String futureTolerance() {
        return futureTolerance;
    }

    long futureToleranceMillis() {
        return futureToleranceMillis;
    }

    boolean updatedOnCreate() {
        return updatedOnCreate;
    }

    /** The number of fields. */
    int size() {
        return names.length;
    }

    /** The name of field {@code field}. */
    String name(int field) {
        return names[field];
    }

    /** The time kind of timestamp field {@code field}. */
    TimeKind kind(int field) {
        return timeKinds[field];
    }

    /** The kind letter of a stored duration: {@code n}, {@code i}, {@code d} or {@code t}. */
    char storedKind(int field) {
        return kinds[field];
    }

    /** The collector of a validation that has found nothing yet, shared. */
    Checks clean() {
        return clean;
    }
}
