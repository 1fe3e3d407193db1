package io.github.touchstone.processor.validation;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Prints validation reports through the compiler's {@link Messager}: each diagnostic on the
 * element (and annotation value) at fault, once per compilation even where several entities
 * share the culprit (a base class). Which warnings are silenced the report has decided.
 */
public final class Reporter {

    private final Messager messager;
    /** Message and {@link #path} of the element of every diagnostic printed. */
    private final Set<String> printed = new HashSet<>();

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Prints every diagnostic of the report. */
    public void print(ValidationReport report) {
        report.items().forEach(this::print);
    }

    private void print(ValidationReport.Item item) {
        Element element = item.element();
        Message diagnostic = item.message();
        String message = diagnostic.format(item.args().toArray());
        if (!printed.add(message + '@' + path(element))) {
            return;
        }
        AnnotationMirror annotation = item.annotation();
        AnnotationValue value = annotation == null || item.member() == null ? null : explicitValue(annotation, item.member());
        if (value != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation);
        } else {
            messager.printMessage(diagnostic.kind(), message, element);
        }
    }

    /**
     * Where an element is declared, such as {@code com.acme.Agent#createdAt}: a field's simple
     * name alone would make a diagnostic on one class's field hide the same one on another's.
     */
    private static String path(Element element) {
        if (element instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        Element enclosing = element.getEnclosingElement();
        return (enclosing == null ? "" : path(enclosing)) + '#' + element.getSimpleName();
    }

    private static AnnotationValue explicitValue(AnnotationMirror annotation, String member) {
        for (var entry : annotation.getElementValues().entrySet()) {
            ExecutableElement key = entry.getKey();
            if (key.getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
