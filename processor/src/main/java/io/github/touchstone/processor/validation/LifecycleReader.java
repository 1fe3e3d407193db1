package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.CREATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.FIELD_MARKS;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.UPDATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.simpleName;

import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.TimestampField;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * The {@code createdAt} and {@code updatedAt} of a {@code @Timestamped} entity: by convention or
 * by mark, with "did you mean" suggestions where one is missing.
 */
final class LifecycleReader {

    private final FieldReader fields;
    private final Mirrors mirrors;

    LifecycleReader(FieldReader fields, Mirrors mirrors) {
        this.fields = fields;
        this.mirrors = mirrors;
    }

    Optional<Lifecycle> read(EntityDeclaration entity) {
        if (entity.timestamped().isEmpty()) {
            return Optional.empty();
        }
        Optional<TimestampField> createdAt = field(entity, CREATED_AT, "createdAt", "updatedAt");
        Optional<TimestampField> updatedAt = field(entity, UPDATED_AT, "updatedAt", "createdAt");
        if (createdAt.isEmpty() || updatedAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lifecycle(createdAt.get(), updatedAt.get(),
                mirrors.bool(entity.timestamped().get(), "updatedOnCreate")));
    }

    /**
     * The field for one lifecycle slot; {@code partner} is the other slot's conventional name,
     * which (like any field with a Touchstone mark) is never suggested for this one.
     */
    private Optional<TimestampField> field(EntityDeclaration entity, String mark, String conventional, String partner) {
        List<VariableElement> marked = entity.fields().values().stream().filter(f -> Mirrors.has(f, mark)).toList();
        if (marked.size() > 1) {
            for (VariableElement extra : marked.subList(1, marked.size())) {
                entity.report().add(entity.locate(extra), Mirrors.find(extra, mark).orElseThrow(), Message.DUPLICATE_MARK,
                        marked.get(0).getSimpleName(), extra.getSimpleName(), simpleName(mark));
            }
            return Optional.empty();
        }
        VariableElement field = marked.isEmpty() ? entity.fields().get(conventional) : marked.get(0);
        if (field == null) {
            List<String> temporal = Suggestions.timestampCandidates(entity)
                    .filter(f -> FIELD_MARKS.stream().noneMatch(a -> Mirrors.has(f, a)))
                    .map(f -> f.getSimpleName().toString())
                    .filter(name -> !name.equals(partner))
                    .toList();
            entity.report().add(entity.type(), entity.timestamped().orElse(null), Message.MISSING_TIMESTAMP,
                    entity.type().getSimpleName(), conventional,
                    Suggestions.didYouMean(conventional, temporal, " Mark it @" + simpleName(mark) + "."));
            return Optional.empty();
        }
        return fields.timestamp(entity, field, true);
    }
}
