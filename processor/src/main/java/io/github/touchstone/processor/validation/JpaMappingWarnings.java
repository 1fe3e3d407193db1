package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.simpleType;

import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Warnings about how a JPA {@code @Entity} or {@code @MappedSuperclass} maps its timestamps, read
 * from {@code @Column} on the field or its getter: an updatable {@code createdAt} (TS208), a field
 * without accessors (TS210), a {@code updatedAt} that is not inserted (TS212), a precision finer
 * than the column (TS213), a column without time zone for an instant (TS214).
 */
final class JpaMappingWarnings {

    /** Types stored in a timestamp column (a {@code Long} or {@code Double} is a number). */
    private static final Set<TimeType> TIMESTAMP_COLUMNS = EnumSet.of(
            TimeType.INSTANT, TimeType.OFFSET_DATE_TIME, TimeType.ZONED_DATE_TIME, TimeType.LOCAL_DATE_TIME);
    /** Types that denote an instant, which a column without time zone shifts by the session's zone. */
    private static final Set<TimeType> INSTANTS = EnumSet.of(
            TimeType.INSTANT, TimeType.OFFSET_DATE_TIME, TimeType.ZONED_DATE_TIME);
    /** Fractional digits of a timestamp column whose mapping declares none (PostgreSQL, MySQL 8, H2 by default). */
    private static final int DEFAULT_DIGITS = 6;

    private final FieldReader fields;
    private final Mirrors mirrors;

    JpaMappingWarnings(FieldReader fields, Mirrors mirrors) {
        this.fields = fields;
        this.mirrors = mirrors;
    }

    void report(EntityDeclaration entity, EntityModel model) {
        if (model.persistence() == EntityModel.Persistence.NONE) {
            return;
        }
        model.lifecycle().ifPresent(lifecycle -> {
            createdAtUpdatable(entity, model, lifecycle.createdAt());
            updatedAtNotInserted(entity, lifecycle);
        });
        fieldAccess(entity, model);
        columnTypes(entity, model);
    }

    /**
     * TS208: a listener cannot see the value a merge replaces, so on an {@code @Entity} the
     * {@code createdAt} column must be {@code updatable = false}.
     */
    private void createdAtUpdatable(EntityDeclaration entity, EntityModel model, TimestampField createdAt) {
        VariableElement field = entity.fields().get(createdAt.name());
        if (model.persistence() == EntityModel.Persistence.ENTITY
                && columns(entity, field).allMatch(column -> mirrors.bool(column, "updatable"))) {
            entity.warn(entity.locate(field), Message.CREATED_AT_UPDATABLE, createdAt.name(),
                    entity.type().getSimpleName());
        }
    }

    /** TS212: {@code onCreate} sets {@code updatedAt}, but an {@code insertable = false} column drops it. */
    private void updatedAtNotInserted(EntityDeclaration entity, Lifecycle lifecycle) {
        VariableElement field = entity.fields().get(lifecycle.updatedAt().name());
        if (lifecycle.updatedOnCreate()
                && columns(entity, field).anyMatch(column -> !mirrors.bool(column, "insertable"))) {
            entity.warn(entity.locate(field), Message.UPDATED_AT_NOT_INSERTABLE, field.getSimpleName());
        }
    }

    /**
     * TS210: a field the generated code reaches directly, which a proxy or an enhanced entity
     * does not see: a timestamp (an expiry included), a stored duration, or the entity's field
     * that holds an {@code @Embedded} value with timestamps.
     */
    private static void fieldAccess(EntityDeclaration entity, EntityModel model) {
        Map<String, Access> used = new LinkedHashMap<>();
        model.timestampFields().forEach(t -> used.put(t.name(), t.access()));
        model.durations().forEach(d -> d.stored().ifPresent(s -> used.put(s.name(), s.access())));
        List.copyOf(used.values()).stream().map(Access::embedding).filter(Objects::nonNull)
                .forEach(embedding -> used.putIfAbsent(embedding.field(), embedding.access()));
        used.forEach((name, access) -> {
            if (access.style() == Access.Style.FIELD) {
                VariableElement field = entity.fields().get(name);
                entity.warn(entity.locate(field), Message.JPA_FIELD_ACCESS, name,
                        field.getEnclosingElement().getSimpleName());
            }
        });
    }

    /**
     * TS213 and TS214: the columns of the timestamps, as {@code columnDefinition} or Hibernate's
     * {@code @FractionalSeconds} declare them. A column that declares no fractional digits keeps
     * microseconds, which {@code NANOS} is finer than.
     */
    private void columnTypes(EntityDeclaration entity, EntityModel model) {
        ChronoUnit precision = model.nowPrecision();
        boolean undeclared = false;
        for (TimestampField timestamp : model.timestampFields()) {
            if (TIMESTAMP_COLUMNS.contains(timestamp.type())) {
                undeclared |= !columnType(entity, timestamp, precision);
            }
        }
        if (undeclared && digits(precision) > DEFAULT_DIGITS) {
            TypeElement owner = entity.timestampedType().orElse(entity.type());
            Element at = entity.locate(owner);
            entity.warn(at, at == owner ? entity.timestamped().orElse(null) : null, "precision",
                    Message.PRECISION_FINER_THAN_COLUMN, precision.name(),
                    "a timestamp column of PostgreSQL, MySQL or H2", DEFAULT_DIGITS);
        }
    }

    /** TS214 and TS213 on the column of one timestamp; whether it declares its fractional digits. */
    private boolean columnType(EntityDeclaration entity, TimestampField timestamp, ChronoUnit precision) {
        VariableElement field = entity.fields().get(timestamp.name());
        List<Element> mapped = mapped(entity, field);
        Optional<String> definition = find(mapped, JpaAnnotations.COLUMN)
                .map(column -> mirrors.string(column, "columnDefinition")).filter(text -> !text.isBlank()).findFirst();
        Optional<ColumnType> type = definition.flatMap(ColumnType::parse);
        if (INSTANTS.contains(timestamp.type()) && type.filter(t -> !t.zoned()).isPresent()) {
            entity.warn(entity.locate(field), Message.COLUMN_WITHOUT_TIME_ZONE, field.getSimpleName(),
                    simpleType(field), definition.get());
        }
        Optional<AnnotationMirror> fractional = find(mapped, JpaAnnotations.FRACTIONAL_SECONDS).findFirst();
        OptionalInt digits = fractional.isPresent() ? OptionalInt.of(mirrors.integer(fractional.get(), "value"))
                : type.map(ColumnType::digits).orElse(OptionalInt.empty());
        if (digits.isPresent() && digits.getAsInt() < digits(precision)) {
            String column = fractional.isPresent() ? "the @FractionalSeconds(" + digits.getAsInt() + ") column of "
                    : "the column " + definition.get() + " of ";
            entity.warn(entity.locate(field), Message.PRECISION_FINER_THAN_COLUMN, precision.name(),
                    column + field.getSimpleName(), digits.getAsInt());
        }
        return digits.isPresent();
    }

    /**
     * The field and its getter, in the entity or in the {@code @Embedded} value that holds the
     * field: where JPA reads the column's mapping.
     */
    private List<Element> mapped(EntityDeclaration entity, VariableElement field) {
        TypeElement owner = entity.holderOf(field)
                .map(holder -> (TypeElement) ((DeclaredType) holder.asType()).asElement())
                .orElse(entity.type());
        return Stream.concat(Stream.of(field), fields.getter(owner, field).stream()).toList();
    }

    /** The {@code @Column}s on the field and its getter. */
    private Stream<AnnotationMirror> columns(EntityDeclaration entity, VariableElement field) {
        return find(mapped(entity, field), JpaAnnotations.COLUMN);
    }

    /** The annotations of one type on the field and its getter. */
    private static Stream<AnnotationMirror> find(List<Element> mapped, String annotation) {
        return mapped.stream().flatMap(e -> Mirrors.find(e, annotation).stream());
    }

    /** The fractional digits of a precision: {@code NANOS} 9, {@code MICROS} 6, {@code MILLIS} 3, {@code SECONDS} 0. */
    private static int digits(ChronoUnit precision) {
        return switch (precision) {
            case NANOS -> 9;
            case MICROS -> 6;
            case MILLIS -> 3;
            default -> 0;
        };
    }

    /**
     * A timestamp type in a {@code columnDefinition}: {@code timestamp(3)}, {@code datetime},
     * {@code timestamp with time zone}, {@code timestamptz(6)}, {@code datetime2(7)}, ...
     *
     * @param digits the fractional digits, where declared
     * @param zoned whether it keeps the offset
     */
    private record ColumnType(OptionalInt digits, boolean zoned) {

        private static final Pattern TIMESTAMP = Pattern.compile(
                "\\s*(timestamptz|timestamp|datetimeoffset|datetime2|datetime)"
                        + "\\s*(?:\\(\\s*(\\d+)\\s*\\))?" // fractional digits
                        + "((?:\\s.*)?)", // the rest: with time zone, not null, ...
                Pattern.DOTALL);
        private static final Pattern WITH_TIME_ZONE = Pattern.compile("\\s+with\\s+(local\\s+)?time\\s+zone\\b.*",
                Pattern.DOTALL);

        /** The timestamp type the definition declares; empty for any other column type. */
        static Optional<ColumnType> parse(String definition) {
            Matcher m = TIMESTAMP.matcher(definition.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return Optional.empty();
            }
            OptionalInt digits = m.group(2) == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(m.group(2)));
            boolean zoned = m.group(1).equals("timestamptz") || m.group(1).equals("datetimeoffset")
                    || WITH_TIME_ZONE.matcher(m.group(3)).matches();
            return Optional.of(new ColumnType(digits, zoned));
        }
    }
}
