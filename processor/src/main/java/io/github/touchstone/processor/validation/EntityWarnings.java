package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.simpleType;

import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.util.stream.Stream;
import javax.lang.model.element.VariableElement;

/** The warnings about an entity, computed from its finished model. */
final class EntityWarnings {

    private final FieldReader fields;
    private final Mirrors mirrors;
    private final InitializerWarning initializers;

    EntityWarnings(FieldReader fields, Mirrors mirrors, SourceTrees sources) {
        this.fields = fields;
        this.mirrors = mirrors;
        this.initializers = new InitializerWarning(sources);
    }

    void report(EntityDeclaration entity, EntityModel model) {
        types(entity, model);
        initializers.report(entity, model);
        model.lifecycle().ifPresent(l -> createdAtColumn(entity, model, l.createdAt()));
    }

    /** {@code LocalDateTime} fields, and timestamp types mixed in one entity. */
    private static void types(EntityDeclaration entity, EntityModel model) {
        TimestampField first = null;
        for (TimestampField timestamp : model.managedTimestamps()) {
            VariableElement field = entity.fields().get(timestamp.name());
            if (timestamp.type() == TimeType.LOCAL_DATE_TIME) {
                entity.warn(entity.locate(field), Message.LOCAL_DATE_TIME, timestamp.name());
            }
            if (first == null) {
                first = timestamp;
            } else if (timestamp.type() != first.type()) {
                entity.warn(entity.locate(field), Message.MIXED_TYPES, timestamp.name(), simpleType(field),
                        first.name(), simpleType(entity.fields().get(first.name())));
            }
        }
    }

    /**
     * A listener cannot see the value a merge replaces, so on an {@code @Entity} the
     * {@code createdAt} column must be {@code @Column(updatable = false)}, on the field or
     * its getter.
     */
    private void createdAtColumn(EntityDeclaration entity, EntityModel model, TimestampField createdAt) {
        if (model.persistence() != EntityModel.Persistence.ENTITY) {
            return;
        }
        VariableElement field = entity.fields().get(createdAt.name());
        boolean guarded = Stream.concat(Stream.of(field), fields.getter(entity.type(), field).stream())
                .flatMap(e -> Mirrors.find(e, "jakarta.persistence.Column").stream())
                .anyMatch(column -> !mirrors.bool(column, "updatable"));
        if (!guarded) {
            entity.warn(entity.locate(field), Message.CREATED_AT_UPDATABLE, createdAt.name(), entity.type().getSimpleName());
        }
    }
}
