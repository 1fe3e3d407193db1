package io.github.touchstone.processor.validation;

import com.palantir.javapoet.ClassName;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * TS211: an {@code @Entity} whose {@code @EntityListeners} (its own and its superclasses', up to
 * one that says {@code @ExcludeSuperclassListeners}) include no generated listener that covers
 * all its timestamps: its own, or a superclass's that manages every one of them. Without one,
 * its timestamps are stored unset and unchecked (a subclass with an activity timestamp of its
 * own, under a base whose listener is registered, is the usual case).
 */
final class ListenerRegistration {

    private final Mirrors mirrors;
    private final SourceTrees sources;
    /** The model of another class, as its generated listener would serve it; empty where none is generated. */
    private final Function<TypeElement, Optional<EntityModel>> models;

    ListenerRegistration(Mirrors mirrors, SourceTrees sources, Function<TypeElement, Optional<EntityModel>> models) {
        this.mirrors = mirrors;
        this.sources = sources;
        this.models = models;
    }

    void check(EntityDeclaration entity, EntityModel model) {
        if (model.persistence() != EntityModel.Persistence.ENTITY) {
            return;
        }
        Optional<List<String>> names = registered(entity.type());
        if (names.isEmpty()) {
            return; // a listener not resolved yet, which nothing here can name: no guess
        }
        List<String> registered = names.get();
        for (TypeElement t = entity.type(); t != null && !registered.isEmpty(); t = EntityDeclaration.superclass(t)) {
            Optional<EntityModel> served = t.equals(entity.type()) ? Optional.of(model) : models.apply(t);
            if (served.filter(s -> s.persistence() != EntityModel.Persistence.NONE
                    && isRegistered(registered, Names.generatedClass(s)) && covers(s, model)).isPresent()) {
                return;
            }
        }
        entity.warn(entity.type(), Message.LISTENER_NOT_REGISTERED, entity.type().getSimpleName(),
                Names.generatedClass(model).simpleName());
    }

    /**
     * The listener classes that JPA runs for the entity, qualified where resolved, else as
     * written; empty where one of them can be named neither way.
     */
    private Optional<List<String>> registered(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (TypeElement t = type; t != null; t = EntityDeclaration.superclass(t)) {
            Optional<AnnotationMirror> listeners = Mirrors.find(t, JpaAnnotations.ENTITY_LISTENERS);
            if (listeners.isPresent()) {
                Optional<List<String>> classes = classes(t, listeners.get());
                if (classes.isEmpty()) {
                    return Optional.empty();
                }
                names.addAll(classes.get());
            }
            if (Mirrors.has(t, JpaAnnotations.EXCLUDE_SUPERCLASS_LISTENERS)) {
                break;
            }
        }
        return Optional.of(names);
    }

    /**
     * The classes of {@code @EntityListeners}. A listener generated in this round is not resolved
     * yet: ECJ shows it as an error type that prints as written, javac as the string
     * {@code "<error>"}, so under javac the names are read from the source. Under a processing
     * environment that wraps javac's (Gradle's incremental processing) there is no source to
     * read: empty.
     */
    private Optional<List<String>> classes(TypeElement declaring, AnnotationMirror listeners) {
        List<Object> values = mirrors.values(listeners, "value");
        if (values.stream().allMatch(v -> v instanceof TypeMirror)) {
            return Optional.of(values.stream().map(Object::toString).toList());
        }
        List<String> written = sources.classLiterals(declaring, listeners);
        return written.size() == values.size() ? Optional.of(written) : Optional.empty();
    }

    private static boolean isRegistered(List<String> registered, ClassName listener) {
        return registered.contains(listener.canonicalName()) || registered.contains(listener.simpleName());
    }

    /** Whether a listener generated for {@code served} manages all the entity has: lifecycle, timestamps, durations. */
    private static boolean covers(EntityModel served, EntityModel entity) {
        return (entity.lifecycle().isEmpty() || served.lifecycle().isPresent())
                && managed(served).containsAll(managed(entity));
    }

    /** The timestamps of a model by name, and its durations as {@code name()}. */
    private static Set<String> managed(EntityModel model) {
        Set<String> managed = new HashSet<>();
        model.managedTimestamps().forEach(t -> managed.add(t.name()));
        model.durations().forEach(d -> managed.add(d.name() + "()"));
        return managed;
    }
}
