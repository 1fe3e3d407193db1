package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.erasedName;
import static io.github.touchstone.processor.validation.FieldTypes.timeType;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.DURATION;

import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The {@code @Duration}s of an entity: on stored fields, and on the type (repeatable). */
final class DurationReader {

    /** The units of fixed length a duration can be stored in. */
    static final Set<ChronoUnit> UNITS = EnumSet.range(ChronoUnit.NANOS, ChronoUnit.DAYS);

    /**
     * A duration as read, with the annotation it was read from.
     *
     * @param spec what the generators need
     * @param at the element the annotation is on (or, for an inherited field, the entity)
     * @param annotation the {@code @Duration}
     */
    record Declared(DurationSpec spec, Element at, AnnotationMirror annotation) {
    }

    private final FieldReader fields;
    private final Mirrors mirrors;

    DurationReader(FieldReader fields, Mirrors mirrors) {
        this.fields = fields;
        this.mirrors = mirrors;
    }

    List<Declared> read(EntityDeclaration entity) {
        List<Declared> durations = new ArrayList<>();
        for (VariableElement field : entity.fields().values()) {
            Mirrors.find(field, DURATION).ifPresent(m -> read(entity, entity.locate(field), m, field).ifPresent(durations::add));
        }
        for (AnnotationMirror mirror : Mirrors.durationsOnType(entity.type())) {
            read(entity, entity.type(), mirror, null).ifPresent(durations::add);
        }
        return durations;
    }

    /** One {@code @Duration}, on a stored field or (with {@code stored == null}) on the type. */
    private Optional<Declared> read(EntityDeclaration entity, Element at, AnnotationMirror mirror, VariableElement stored) {
        ValidationReport report = entity.report();
        String name = mirrors.string(mirror, "name");
        if (name.isEmpty()) {
            if (stored == null) {
                report.add(at, mirror, Message.DURATION_NAME_MISSING);
                return Optional.empty();
            }
            name = stored.getSimpleName().toString();
        } else if (!SourceVersion.isName(name) || name.contains(".")) {
            report.add(at, mirror, "name", Message.DURATION_NAME_INVALID, name);
            return Optional.empty();
        }
        String unitName = mirrors.enumConstant(mirror, "unit");
        ChronoUnit unit = ChronoUnit.valueOf(unitName);
        boolean unitOk = UNITS.contains(unit);
        if (!unitOk) {
            report.add(at, mirror, "unit", Message.DURATION_UNIT, unitName,
                    UNITS.stream().map(ChronoUnit::name).collect(Collectors.joining(", ")));
        }
        Optional<TimestampField> start = end(entity, at, mirror, "start", false);
        Optional<TimestampField> end = end(entity, at, mirror, "end", true);
        if (start.isPresent() && end.isPresent() && start.get().name().equals(end.get().name())) {
            report.add(at, mirror, "end", Message.DURATION_SAME_FIELD, start.get().name());
            return Optional.empty();
        }
        Optional<StoredDuration> storedDuration = Optional.empty();
        if (stored != null) {
            storedDuration = stored(entity, stored, unit, Mirrors.isExplicit(mirror, "unit"));
            if (storedDuration.isEmpty()) {
                return Optional.empty();
            }
        }
        if (start.isEmpty() || end.isEmpty() || !unitOk) {
            return Optional.empty();
        }
        return Optional.of(new Declared(new DurationSpec(name, start.get(), end.get(), storedDuration), at, mirror));
    }

    /** The start or end field ({@code member}) of a duration. */
    private Optional<TimestampField> end(EntityDeclaration entity, Element at, AnnotationMirror mirror, String member,
            boolean written) {
        String name = mirrors.string(mirror, member);
        VariableElement field = entity.fields().get(name);
        if (field == null) {
            // A field that stores a duration is not a timestamp, whatever its type.
            List<String> temporal = Suggestions.timestampCandidates(entity)
                    .filter(f -> !Mirrors.has(f, DURATION))
                    .map(f -> f.getSimpleName().toString())
                    .toList();
            entity.report().add(at, mirror, member, Message.DURATION_UNKNOWN_FIELD, member, name,
                    entity.type().getSimpleName(), Suggestions.didYouMean(name, temporal, ""));
            return Optional.empty();
        }
        TypeKind kind = field.asType().getKind();
        if (timeType(field.asType()).isEmpty() && kind != TypeKind.LONG && kind != TypeKind.DOUBLE) {
            entity.report().add(at, mirror, member, Message.DURATION_NOT_TIMESTAMP, member, name,
                    field.asType(), TimeType.supportedList());
            return Optional.empty();
        }
        // a primitive long or double is a timestamp declared wrong: TS202 on the field, printed once
        // however many roles (createdAt, a duration's end) name it
        return fields.timestamp(entity, field, written);
    }

    private Optional<StoredDuration> stored(EntityDeclaration entity, VariableElement field, ChronoUnit unit,
            boolean explicitUnit) {
        TypeMirror fieldType = field.asType();
        String typeName = fieldType.getKind().isPrimitive() ? fieldType.toString() : erasedName(fieldType);
        Optional<StoredDuration.Type> storedType = List.of(StoredDuration.Type.values()).stream()
                .filter(t -> t.typeName().equals(typeName))
                .findFirst();
        if (storedType.isEmpty()) {
            entity.report().add(entity.locate(field), Message.DURATION_STORED_TYPE, field.getSimpleName(), fieldType);
            return Optional.empty();
        }
        return fields.access(entity, field, true).map(access -> new StoredDuration(field.getSimpleName().toString(),
                storedType.get(), access, unit, explicitUnit && storedType.get() == StoredDuration.Type.DURATION));
    }
}
