package io.github.touchstone.processor.validation;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic Touchstone reports: a stable code, its kind, the message template and the
 * fix. The README's catalogue lists the same codes; messages read {@code [TS201] ...}.
 */
public enum Message {
    NOT_A_CLASS("TS101", Kind.ERROR,
            "@%s applies to classes and records, not to %s %s",
            "Annotate the class or record that holds the timestamps."),
    LOCAL_CLASS("TS102", Kind.ERROR,
            "%s is a local or anonymous class: the generated helper could not name it",
            "Move the entity to a top-level or member class."),
    PRIVATE_CLASS("TS103", Kind.ERROR,
            "%s is private%s: the generated helper in its package could not use it",
            "Make the class (and the classes it is nested in) at least package-private."),
    NAME_TAKEN("TS104", Kind.ERROR,
            "cannot generate %s: a type with that name already exists in the compilation",
            "Rename the existing type or the entity."),
    MISSING_TIMESTAMP("TS105", Kind.ERROR,
            "@Timestamped %s has no %s field%s",
            "Add the field, or mark the existing one with @CreatedAt / @UpdatedAt."),
    DUPLICATE_MARK("TS106", Kind.ERROR,
            "both %s and %s are marked @%s; an entity has one",
            "Keep the mark on one field."),
    MARK_WITHOUT_TIMESTAMPED("TS107", Kind.ERROR,
            "@%s on %s, but %s is not @Timestamped: nothing would set it; make %3$s abstract (a base class of"
                    + " @Timestamped subclasses) or annotate it @Timestamped",
            "Make the class abstract, a base class of @Timestamped subclasses, or annotate it @Timestamped."),
    TOUCHES_WITHOUT_UPDATED_AT("TS108", Kind.ERROR,
            "touchesUpdatedAt = true on %s, but %s has no updatedAt",
            "Make the entity @Timestamped with an updatedAt field, or remove touchesUpdatedAt."),
    MARK_NAME_CLASH("TS109", Kind.ERROR,
            "@ActivityTimestamp fields %s and %s would both generate the method %s",
            "Rename one of the fields: their names differ only in the case of the first letter."),
    TIMESTAMPED_EMBEDDABLE("TS110", Kind.ERROR,
            "@Timestamped on @Embeddable %s: an embeddable has no lifecycle of its own, so nothing would create or"
                    + " touch it",
            "Annotate the entity that holds the embeddable @Timestamped instead."),
    EXPIRY_CONFLICT("TS111", Kind.ERROR,
            "%s is both @Expiry and %s: an expiry lies in the future by design, it is not a moment the clock"
                    + " recorded",
            "Keep @Expiry on a field of its own, such as expiresAt."),
    EXPIRY_NAME_CLASH("TS112", Kind.ERROR,
            "@Expiry fields %s and %s would both generate the method %s",
            "Give one of them another name with @Expiry(name = \"...\"), or rename one of the fields."),
    EXPIRY_NAME_INVALID("TS113", Kind.ERROR,
            "@Expiry name \"%s\" is not a Java identifier, so it cannot name the generated methods",
            "Use a name such as \"token\", or leave name out to derive it from the field."),
    UNSUPPORTED_TYPE("TS201", Kind.ERROR,
            "%s has type %s, which is not a supported timestamp type; use one of %s",
            "Declare the field as java.time.Instant (recommended) or another supported type."),
    PRIMITIVE_TYPE("TS202", Kind.ERROR,
            "%s has primitive type %s, which cannot say \"unknown\" without inventing 1970; use %s",
            "Use the boxed type (Long, Double) or java.time.Instant, and keep unknown as null."),
    STATIC_FIELD("TS203", Kind.ERROR,
            "%s is static; a timestamp belongs to each entity",
            "Remove the static modifier."),
    FINAL_FIELD("TS204", Kind.ERROR,
            "%s is final and %s has no wither %s that the generated helper can call, so it could not set it",
            "Add the wither (Lombok's @With writes it), remove the final modifier, or make the entity a record."),
    UNREACHABLE_FIELD("TS205", Kind.ERROR,
            "%s is %s and %s has no %s that the generated helper in package %s can call%s",
            "Make the field reachable, or add a public getter and setter."),
    LOCAL_DATE_TIME("TS206", Kind.WARNING,
            "%s is a LocalDateTime, which carries no zone; Touchstone writes UTC wall time into it",
            "Prefer java.time.Instant, or silence with @SuppressWarnings(\"touchstone\")."),
    MIXED_TYPES("TS207", Kind.WARNING,
            "%s has type %s while %s has type %s; mixing timestamp types invites mistakes",
            "Use one timestamp type per entity, or silence with @SuppressWarnings(\"touchstone\")."),
    CREATED_AT_UPDATABLE("TS208", Kind.WARNING,
            "%s of @Entity %s is an updatable column: merging a detached copy can overwrite it, and no listener sees the old value",
            "Map it @Column(updatable = false), or silence with @SuppressWarnings(\"touchstone\")."),
    INITIALIZED_TIMESTAMP("TS209", Kind.WARNING,
            "%s is initialized in its declaration (= %s): the value is set before any helper runs%s, so it"
                    + " bypasses the helpers' clock and precision",
            "Remove the initializer and let the generated helper set the value, or silence with"
                    + " @SuppressWarnings(\"touchstone\")."),
    JPA_FIELD_ACCESS("TS210", Kind.WARNING,
            "%s of %s has no getter and setter, so the generated code reaches the field itself: on a lazy JPA proxy"
                    + " (getReference, a LAZY association) or a bytecode-enhanced entity its writes are lost",
            "Make the field private with a public getter and setter, or silence with"
                    + " @SuppressWarnings(\"touchstone\")."),
    LISTENER_NOT_REGISTERED("TS211", Kind.WARNING,
            "@Entity %s registers no generated listener that covers all its timestamps, so they are stored unset"
                    + " and unchecked; register %s in @EntityListeners",
            "Register the entity's generated listener with @EntityListeners, or silence with"
                    + " @SuppressWarnings(\"touchstone\")."),
    UPDATED_AT_NOT_INSERTABLE("TS212", Kind.WARNING,
            "%s is mapped insertable = false while updatedOnCreate is true: onCreate sets it, but the row would hold"
                    + " NULL, and the entity read back fails UPDATED_AT_MISSING",
            "Remove insertable = false, or declare @Timestamped(updatedOnCreate = false) so that null means never"
                    + " updated."),
    PRECISION_FINER_THAN_COLUMN("TS213", Kind.WARNING,
            "precision %s is finer than %s, which keeps %d fractional digits: a value read back differs from the one"
                    + " written",
            "Choose a precision the column keeps (MICROS for timestamp(6)), or declare more fractional digits."),
    COLUMN_WITHOUT_TIME_ZONE("TS214", Kind.WARNING,
            "%s has type %s, but its column is %s, without time zone: read back under another JVM or session time"
                    + " zone it is off by the zone's offset",
            "Declare the column timestamp with time zone (or timestamptz), or silence with"
                    + " @SuppressWarnings(\"touchstone\")."),
    UNREADABLE_TRACKED_FIELD("TS215", Kind.WARNING,
            "%s is %s and %s has no getter %s() that the generated helper in package %s can call, so change"
                    + " detection cannot compare it and ignores it",
            "Add a getter, or mark the field @Untracked, or silence with @SuppressWarnings(\"touchstone\")."),
    DURATION_UNKNOWN_FIELD("TS301", Kind.ERROR,
            "@Duration %s = \"%s\": %s has no such field%s",
            "Name a timestamp field of the entity."),
    DURATION_NOT_TIMESTAMP("TS302", Kind.ERROR,
            "@Duration %s = \"%s\" has type %s, which is not a timestamp type; use one of %s",
            "Name a field of a supported timestamp type."),
    DURATION_SAME_FIELD("TS303", Kind.ERROR,
            "@Duration start and end are both \"%s\"; the duration would always be zero",
            "Name two different timestamp fields."),
    DURATION_STORED_TYPE("TS304", Kind.ERROR,
            "@Duration field %s has type %s; a stored duration is long, Long, int, Integer or java.time.Duration",
            "Change the field's type, or move @Duration to the class with a name to store nothing."),
    DURATION_UNIT("TS305", Kind.ERROR,
            "@Duration unit %s is not allowed; use one of %s",
            "Choose a unit of fixed length, from NANOS to DAYS."),
    DURATION_NAME_MISSING("TS306", Kind.ERROR,
            "@Duration on a type stores nothing and needs a name",
            "Add name = \"...\": it names the generated methods."),
    DURATION_NAME_CLASH("TS307", Kind.ERROR,
            "@Duration name \"%s\" clashes with %s",
            "Give each duration a unique name that no other generated method has."),
    DURATION_NAME_INVALID("TS308", Kind.ERROR,
            "@Duration name \"%s\" is not a Java identifier, so it cannot name the generated methods",
            "Use a name such as \"executionTime\"."),
    BAD_PRECISION("TS401", Kind.ERROR,
            "precision %s is not allowed; use %s",
            "Choose a precision your database column keeps (MICROS for PostgreSQL)."),
    BAD_FUTURE_TOLERANCE("TS402", Kind.ERROR,
            "futureTolerance \"%s\" %s",
            "Write a non-negative ISO-8601 duration such as \"PT5S\"."),
    WRITE_FAILED("TS901", Kind.ERROR,
            "could not write the generated classes of %s: %s",
            "Check that the build can write its generated-sources directory (disk space, permissions), then build again."),
    UNRESOLVED_AT_LAST_ROUND("TS902", Kind.WARNING,
            "%s was not generated: a type it uses (its superclass, a timestamp or a tracked field) is still"
                    + " unresolved when annotation processing ends",
            "Make the type resolvable: fix its name or import, or put the processor that generates it on the processor path."),
    INTERNAL_ERROR("TS900", Kind.ERROR,
            "internal error in the Touchstone processor while processing %s: %s. please report it on the Touchstone issue tracker with this stack trace: %s",
            "Report it with the stack trace; meanwhile the other entities are still generated.");

    private final String code;
    private final Kind kind;
    private final String template;
    private final String fix;

    Message(String code, Kind kind, String template, String fix) {
        this.code = code;
        this.kind = kind;
        this.template = template;
        this.fix = fix;
    }

    /** The stable code, such as {@code TS201}. */
    public String code() {
        return code;
    }

    /** Error or warning. */
    public Kind kind() {
        return kind;
    }

    /** The message template, a {@link String#format} pattern. */
    public String template() {
        return template;
    }

    /** How to fix it, for the catalogue. */
    public String fix() {
        return fix;
    }

    /** The message with its code, as the compiler prints it. */
    public String format(Object... args) {
        return "[" + code + "] " + String.format(template, args);
    }
}
