package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.simpleType;

import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** The warnings about an entity, computed from its finished model. */
final class EntityWarnings {

    private final InitializerWarning initializers;
    private final JpaMappingWarnings mappings;
    private final ListenerRegistration listeners;

    /** @param models the model of another class, for the listener generated for it */
    EntityWarnings(FieldReader fields, Mirrors mirrors, SourceTrees sources,
            Function<TypeElement, Optional<EntityModel>> models) {
        this.initializers = new InitializerWarning(sources);
        this.mappings = new JpaMappingWarnings(fields, mirrors);
        this.listeners = new ListenerRegistration(mirrors, sources, models);
    }

    void report(EntityDeclaration entity, EntityModel model) {
        types(entity, model);
        initializers.report(entity, model);
        mappings.report(entity, model);
        listeners.check(entity, model);
    }

    /** {@code LocalDateTime} fields, and timestamp types mixed in one entity. */
    private static void types(EntityDeclaration entity, EntityModel model) {
        TimestampField first = null;
        for (TimestampField timestamp : model.timestampFields()) {
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
}
