package io.github.touchstone.processor.validation;

import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Project Lombok writes accessors, withers and field modifiers into a class inside javac's
 * round, after or before Touchstone's turn in it depending on the processor path's order, and
 * then forces a new round. A class that carries Lombok annotations is therefore read one round
 * later, when Lombok is done with it whatever the order (as MapStruct defers such types).
 */
public final class Lombok {

    private static final String PACKAGE = "lombok.";

    private Lombok() {
    }

    /**
     * Whether the class, one of its superclasses, or a field of one of them carries a Lombok
     * annotation ({@code lombok.Getter}, {@code lombok.experimental.FieldDefaults}, ...).
     */
    public static boolean isAnnotated(TypeElement type) {
        for (TypeElement t = type; t != null; t = EntityDeclaration.superclass(t)) {
            if (Stream.concat(Stream.of(t), ElementFilter.fieldsIn(t.getEnclosedElements()).stream())
                    .anyMatch(Lombok::carriesLombokAnnotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesLombokAnnotation(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().toString().startsWith(PACKAGE)) {
                return true;
            }
        }
        return false;
    }
}
