package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.ACTIVITY;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.CREATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.EXPIRY;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.UPDATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.simpleName;

import io.github.touchstone.processor.model.Expiry;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/** The {@code @Expiry} fields of an entity. */
final class ExpiryReader {

    private final FieldReader fields;
    private final Mirrors mirrors;

    ExpiryReader(FieldReader fields, Mirrors mirrors) {
        this.fields = fields;
        this.mirrors = mirrors;
    }

    List<Expiry> read(EntityDeclaration entity, Optional<Lifecycle> lifecycle) {
        List<Expiry> expiries = new ArrayList<>();
        // tokenExpiresAt and TokenExpiresAt, or two fields given one name, would share methods
        Map<String, VariableElement> methods = new HashMap<>();
        for (VariableElement field : entity.fields().values()) {
            Optional<AnnotationMirror> mirror = Mirrors.find(field, EXPIRY);
            if (mirror.isEmpty()) {
                continue;
            }
            String fieldName = field.getSimpleName().toString();
            Optional<String> conflict = conflict(field, lifecycle);
            if (conflict.isPresent()) {
                entity.report().add(entity.locate(field), mirror.get(), Message.EXPIRY_CONFLICT, fieldName,
                        conflict.get());
                continue;
            }
            String name = mirrors.string(mirror.get(), "name");
            if (!name.isEmpty() && !SourceVersion.isIdentifier(name)) {
                entity.report().add(entity.locate(field), mirror.get(), "name", Message.EXPIRY_NAME_INVALID, name);
                continue;
            }
            String base = Names.expiryBaseName(fieldName, name);
            Optional<String> clash = Names.expiryMethods(base).stream().filter(methods::containsKey).findFirst();
            if (clash.isPresent()) {
                entity.report().add(entity.locate(field), mirror.get(), Message.EXPIRY_NAME_CLASH,
                        methods.get(clash.get()).getSimpleName(), fieldName, clash.get());
                continue;
            }
            Names.expiryMethods(base).forEach(m -> methods.put(m, field));
            fields.timestamp(entity, field, true).ifPresent(f -> expiries.add(new Expiry(f, base)));
        }
        return expiries;
    }

    /**
     * The other role of a field that cannot be an expiry: a mark, or the entity's
     * {@code createdAt} or {@code updatedAt} by its conventional name.
     */
    private static Optional<String> conflict(VariableElement field, Optional<Lifecycle> lifecycle) {
        for (String mark : List.of(CREATED_AT, UPDATED_AT, ACTIVITY)) {
            if (Mirrors.has(field, mark)) {
                return Optional.of("@" + simpleName(mark));
            }
        }
        String name = field.getSimpleName().toString();
        return lifecycle.flatMap(l -> l.createdAt().name().equals(name) ? Optional.of("the entity's createdAt")
                : l.updatedAt().name().equals(name) ? Optional.of("the entity's updatedAt") : Optional.empty());
    }
}
