package io.github.touchstone.processor.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics on the element (and annotation value) at fault, once each, honours
 * {@code @SuppressWarnings("touchstone")} for warnings, and remembers whether an error was
 * reported so that the entity at fault is not generated.
 */
public final class Reporter {

    /** The name under which users silence Touchstone's warnings. */
    public static final String SUPPRESSION = "touchstone";

    private final Messager messager;
    /** Message and {@link #path} of the element of every diagnostic printed. */
    private final Set<String> printed = new HashSet<>();
    private boolean errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports on an element. */
    public void report(Element element, Message diagnostic, Object... args) {
        report(element, null, null, diagnostic, args);
    }

    /** Reports on an annotation of an element. */
    public void report(Element element, AnnotationMirror annotation, Message diagnostic, Object... args) {
        report(element, annotation, null, diagnostic, args);
    }

    /**
     * Reports on one value of an annotation of an element; {@code member} names the value
     * ({@code null} for the annotation as a whole).
     */
    public void report(Element element, AnnotationMirror annotation, String member,
            Message diagnostic, Object... args) {
        if (diagnostic.kind() == Kind.ERROR) {
            errors = true;
        } else if (isSuppressed(element)) {
            return;
        }
        String message = diagnostic.format(args);
        if (!printed.add(message + '@' + path(element))) {
            return;
        }
        AnnotationValue value = annotation == null || member == null ? null : explicitValue(annotation, member);
        if (value != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation);
        } else {
            messager.printMessage(diagnostic.kind(), message, element);
        }
    }

    /** Whether an error was reported since the last call, and resets the flag. */
    public boolean clearErrors() {
        boolean had = errors;
        errors = false;
        return had;
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

    /** Whether {@code @SuppressWarnings("touchstone")} is on the element or an element around it. */
    public static boolean isSuppressed(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress != null && List.of(suppress.value()).contains(SUPPRESSION)) {
                return true;
            }
        }
        return false;
    }
}
