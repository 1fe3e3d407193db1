package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.CREATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.FIELD_MARKS;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.TIMESTAMPED;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.UPDATED_AT;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.simpleName;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The shape of the entity class itself: a class or record the generated helper can use, not a JPA
 * embeddable, and lifecycle marks only where something sets them. (Local and anonymous classes
 * never get here: compilers do not show them to processors; {@link LocalClasses} reports them.)
 */
final class ShapeCheck {

    private ShapeCheck() {
    }

    /** Whether the class can be an entity at all; reports why not. */
    static boolean isUsable(EntityDeclaration entity) {
        TypeElement type = entity.type();
        AnnotationMirror culprit = Mirrors.find(type, TIMESTAMPED).orElse(null);
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            String annotation = culprit != null ? "Timestamped" : firstAnnotationOnMembers(type);
            entity.report().add(type, culprit, Message.NOT_A_CLASS, annotation, kindName(type), type.getSimpleName());
            return false;
        }
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                entity.report().add(type, culprit, Message.PRIVATE_CLASS, type.getSimpleName(),
                        t == type ? "" : " (nested in private " + t.getSimpleName() + ")");
                return false;
            }
        }
        if (culprit != null && Mirrors.has(type, JpaAnnotations.EMBEDDABLE)) {
            entity.report().add(type, culprit, Message.TIMESTAMPED_EMBEDDABLE, type.getSimpleName());
            return false;
        }
        return true;
    }

    /**
     * {@code @CreatedAt}/{@code @UpdatedAt} in a concrete class that is not {@code @Timestamped}
     * (a JPA {@code @Embeddable} may carry them: the entity that embeds it sets them).
     */
    static void checkMarksWithoutTimestamped(EntityDeclaration entity) {
        TypeElement type = entity.type();
        if (entity.timestamped().isPresent() || type.getModifiers().contains(Modifier.ABSTRACT)
                || Mirrors.has(type, JpaAnnotations.EMBEDDABLE)) {
            return;
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            for (String mark : List.of(CREATED_AT, UPDATED_AT)) {
                Mirrors.find(field, mark).ifPresent(m -> entity.report().add(field, m,
                        Message.MARK_WITHOUT_TIMESTAMPED, simpleName(mark), field.getSimpleName(), type.getSimpleName()));
            }
        }
    }

    private static String firstAnnotationOnMembers(TypeElement type) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            for (String annotation : FIELD_MARKS) {
                if (Mirrors.has(field, annotation)) {
                    return simpleName(annotation);
                }
            }
        }
        return "Duration";
    }

    private static String kindName(TypeElement type) {
        return switch (type.getKind()) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> type.getKind().toString().toLowerCase();
        };
    }
}
