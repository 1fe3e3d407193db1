package io.github.touchstone.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic.Kind;

/**
 * What validating one entity found: every diagnostic with the element (and annotation, and
 * annotation member) at fault. An entity is generated only from a clean report; the report is
 * printed once, by {@link Reporter#print}.
 *
 * <p>Warning suppression is decided here, once: a warning is dropped when
 * {@code @SuppressWarnings("touchstone")} (or {@code "all"}) is on the element at fault or on a
 * class around it, or on the entity the report is about (a field inherited from a base class is
 * reported where it is declared, but the warning is the entity's all the same).
 */
public final class ValidationReport {

    /**
     * One diagnostic.
     *
     * @param message the catalogue entry
     * @param element where it is reported
     * @param annotation the annotation of {@code element} at fault, or {@code null}
     * @param member the member of {@code annotation} at fault, or {@code null}
     * @param args the message's arguments
     */
    public record Item(Message message, Element element, AnnotationMirror annotation, String member, List<Object> args) {
        public Item {
            args = List.copyOf(args);
        }
    }

    /** The names that silence Touchstone's warnings in {@code @SuppressWarnings}. */
    public static final List<String> SUPPRESSIONS = List.of("touchstone", "all");

    private final List<Item> items = new ArrayList<>();
    /** The entity the report is about, whose suppression covers every warning; {@code null} for none. */
    private final Element entity;

    /** A report about the entity {@code entity}. */
    public ValidationReport(Element entity) {
        this.entity = entity;
    }

    /** A report of one diagnostic on an element, such as an internal error. */
    public static ValidationReport of(Element element, Message message, Object... args) {
        ValidationReport report = new ValidationReport(null);
        report.add(element, message, args);
        return report;
    }

    /** Adds a diagnostic on an element. */
    public void add(Element element, Message message, Object... args) {
        add(element, null, null, message, args);
    }

    /** Adds a diagnostic on an annotation of an element. */
    public void add(Element element, AnnotationMirror annotation, Message message, Object... args) {
        add(element, annotation, null, message, args);
    }

    /** Adds a diagnostic on one member of an annotation of an element ({@code member} names it). */
    public void add(Element element, AnnotationMirror annotation, String member, Message message, Object... args) {
        if (message.kind() != Kind.ERROR && (isSuppressed(element) || entity != null && isSuppressed(entity))) {
            return;
        }
        items.add(new Item(message, element, annotation, member, List.of(args)));
    }

    /** Whether {@code @SuppressWarnings("touchstone")} or {@code "all"} is on the element or a class around it. */
    private static boolean isSuppressed(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress != null && List.of(suppress.value()).stream().anyMatch(SUPPRESSIONS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no error was found: the entity can be generated. */
    public boolean isClean() {
        return items.stream().noneMatch(item -> item.message().kind() == Kind.ERROR);
    }

    /** The diagnostics in the order they were found. */
    public List<Item> items() {
        return List.copyOf(items);
    }
}
