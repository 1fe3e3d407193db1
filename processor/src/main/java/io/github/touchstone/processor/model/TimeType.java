package io.github.touchstone.processor.model;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Java types a managed timestamp may have, and how each one stores an instant. */
public enum TimeType {
    INSTANT("java.time.Instant", false, ChronoUnit.NANOS),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", true, ChronoUnit.NANOS),
    ZONED_DATE_TIME("java.time.ZonedDateTime", true, ChronoUnit.NANOS),
    LOCAL_DATE_TIME("java.time.LocalDateTime", false, ChronoUnit.NANOS),
    EPOCH_MILLIS("java.lang.Long", false, ChronoUnit.MILLIS),
    /** A double of epoch seconds resolves about 0.24 µs today: read back to the microsecond, it is exact. */
    EPOCH_SECONDS("java.lang.Double", false, ChronoUnit.MICROS);

    private final String qualifiedName;
    private final boolean carriesOffset;
    private final ChronoUnit resolution;

    TimeType(String qualifiedName, boolean carriesOffset, ChronoUnit resolution) {
        this.qualifiedName = qualifiedName;
        this.carriesOffset = carriesOffset;
        this.resolution = resolution;
    }

    /** The finest unit in which a value of this type holds an instant exactly. */
    public ChronoUnit resolution() {
        return resolution;
    }

    /** The fully qualified name of the field type. */
    public String qualifiedName() {
        return qualifiedName;
    }

    /** Whether values carry an offset, so the validator checks they are at UTC. */
    public boolean carriesOffset() {
        return carriesOffset;
    }

    /** The time type whose Java type has this qualified name. */
    public static Optional<TimeType> ofQualifiedName(String name) {
        return Arrays.stream(values()).filter(t -> t.qualifiedName.equals(name)).findFirst();
    }

    /** The supported types as a user reads them in a message. */
    public static String supportedList() {
        return Arrays.stream(values())
                .map(t -> t.qualifiedName.replace("java.lang.", ""))
                .collect(Collectors.joining(", "));
    }
}
