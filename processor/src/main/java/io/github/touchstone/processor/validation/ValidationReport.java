package io.github.touchstone.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * What validating one entity found: every diagnostic with the element (and annotation, and
 * annotation member) at fault. An entity is generated only from a clean report; the report is
 * printed once, by {@link Reporter#print}.
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

    private final List<Item> items = new ArrayList<>();

    /** A report of one diagnostic on an element, such as an internal error. */
    public static ValidationReport of(Element element, Message message, Object... args) {
        ValidationReport report = new ValidationReport();
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
        items.add(new Item(message, element, annotation, member, List.of(args)));
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
