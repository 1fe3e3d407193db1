package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.ACTIVITY;

import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/** The {@code @ActivityTimestamp} fields of an entity. */
final class ActivityReader {

    private final FieldReader fields;
    private final Mirrors mirrors;

    ActivityReader(FieldReader fields, Mirrors mirrors) {
        this.fields = fields;
        this.mirrors = mirrors;
    }

    List<Activity> read(EntityDeclaration entity, Optional<Lifecycle> lifecycle) {
        List<Activity> activities = new ArrayList<>();
        // x and X would both generate markX
        Map<String, VariableElement> marks = new HashMap<>();
        for (VariableElement field : entity.fields().values()) {
            Optional<AnnotationMirror> mirror = Mirrors.find(field, ACTIVITY);
            if (mirror.isEmpty()) {
                continue;
            }
            String mark = Names.markName(field.getSimpleName().toString());
            VariableElement twin = marks.putIfAbsent(mark, field);
            if (twin != null) {
                entity.report().add(entity.locate(field), mirror.get(), Message.MARK_NAME_CLASH, twin.getSimpleName(),
                        field.getSimpleName(), mark);
                continue;
            }
            boolean touches = mirrors.bool(mirror.get(), "touchesUpdatedAt");
            if (touches && entity.timestamped().isEmpty()) {
                entity.report().add(entity.locate(field), mirror.get(), "touchesUpdatedAt",
                        Message.TOUCHES_WITHOUT_UPDATED_AT, field.getSimpleName(), entity.type().getSimpleName());
            }
            fields.timestamp(entity, field, true).ifPresent(f ->
                    activities.add(new Activity(f, mirrors.bool(mirror.get(), "once"), touches && lifecycle.isPresent())));
        }
        return activities;
    }
}
