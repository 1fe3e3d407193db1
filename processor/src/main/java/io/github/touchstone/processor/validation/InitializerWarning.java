package io.github.touchstone.processor.validation;

import io.github.touchstone.processor.model.EntityModel;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.VariableElement;

/**
 * TS209: a timestamp the helpers set, initialized in its declaration
 * ({@code Instant createdAt = Instant.now()}, the JHipster pattern). {@code onCreate} never
 * overwrites a set {@code createdAt}, so the value bypasses the helpers' clock (a test's pinned
 * clock) and their precision. Initializers are in the source only: under ECJ, which shows
 * processors no trees, nothing is reported.
 */
final class InitializerWarning {

    private final SourceTrees sources;

    InitializerWarning(SourceTrees sources) {
        this.sources = sources;
    }

    void report(EntityDeclaration entity, EntityModel model) {
        Set<String> lifecycle = new LinkedHashSet<>();
        model.lifecycle().ifPresent(l -> Stream.of(l.createdAt(), l.updatedAt()).forEach(f -> lifecycle.add(f.name())));
        Set<String> written = new LinkedHashSet<>(lifecycle);
        model.activities().forEach(a -> written.add(a.field().name()));
        model.durations().forEach(d -> written.add(d.end().name()));
        for (String name : written) {
            VariableElement field = entity.fields().get(name);
            sources.initializer(field).filter(initializer -> !SourceTrees.isNull(initializer)).ifPresent(initializer ->
                    entity.warn(entity.locate(field), Message.INITIALIZED_TIMESTAMP, name, initializer,
                            lifecycle.contains(name) ? " and onCreate keeps it" : ""));
        }
    }
}
