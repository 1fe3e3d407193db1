package io.github.touchstone.processor.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Java types a managed timestamp may have, and how each one stores an instant. */
public enum TimeType {
    INSTANT("java.time.Instant", false),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", true),
    ZONED_DATE_TIME("java.time.ZonedDateTime", true),
    LOCAL_DATE_TIME("java.time.LocalDateTime", false),
    EPOCH_MILLIS("java.lang.Long", false),
    EPOCH_SECONDS("java.lang.Double", false);

    private final String qualifiedName;
    private final boolean carriesOffset;

    TimeType(String qualifiedName, boolean carriesOffset) {
        this.qualifiedName = qualifiedName;
        this.carriesOffset = carriesOffset;
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
