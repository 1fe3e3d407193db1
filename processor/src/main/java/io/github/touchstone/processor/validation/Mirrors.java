package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.DURATION;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.DURATION_LIST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotations through their mirrors, with the declared defaults. */
final class Mirrors {

    private final Elements elements;

    Mirrors(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of that type on the element, if present. */
    static Optional<AnnotationMirror> find(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String annotation) {
        return find(element, annotation).isPresent();
    }

    /** Every {@code @Duration} on a type, repeated ones included. */
    static List<AnnotationMirror> durationsOnType(TypeElement type) {
        List<AnnotationMirror> durations = new ArrayList<>();
        find(type, DURATION).ifPresent(durations::add);
        find(type, DURATION_LIST).ifPresent(list -> {
            for (var entry : list.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")) {
                    for (Object item : (List<?>) entry.getValue().getValue()) {
                        durations.add((AnnotationMirror) ((AnnotationValue) item).getValue());
                    }
                }
            }
        });
        return durations;
    }

    /** Whether the member was written in the annotation, rather than defaulted. */
    static boolean isExplicit(AnnotationMirror mirror, String member) {
        return mirror.getElementValues().keySet().stream().anyMatch(k -> k.getSimpleName().contentEquals(member));
    }

    String string(AnnotationMirror mirror, String member) {
        return (String) value(mirror, member);
    }

    boolean bool(AnnotationMirror mirror, String member) {
        return (Boolean) value(mirror, member);
    }

    int integer(AnnotationMirror mirror, String member) {
        return (Integer) value(mirror, member);
    }

    /** The values of an array-valued member, one by one. */
    List<Object> values(AnnotationMirror mirror, String member) {
        return ((List<?>) value(mirror, member)).stream().map(item -> ((AnnotationValue) item).getValue()).toList();
    }

    /** The simple name of an enum-valued member, such as {@code MICROS}. */
    String enumConstant(AnnotationMirror mirror, String member) {
        return ((VariableElement) value(mirror, member)).getSimpleName().toString();
    }

    private Object value(AnnotationMirror mirror, String member) {
        for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue().getValue();
            }
        }
        throw new IllegalArgumentException("no member " + member + " in " + mirror);
    }
}
