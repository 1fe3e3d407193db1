package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.TouchstoneAnnotations.TIMESTAMPED;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * One entity as declared: the class, the fields it declares or inherits (and those of the JPA
 * {@code @Embedded} values it holds), the {@code @Timestamped} that applies to it, and the
 * report its readers add to.
 */
final class EntityDeclaration {

    private final TypeElement type;
    private final Map<String, VariableElement> fields;
    /** The entity's {@code @Embedded} field that holds each field of an embedded value. */
    private final Map<VariableElement, VariableElement> holders = new HashMap<>();
    private final Optional<TypeElement> timestampedType;
    private final Optional<AnnotationMirror> timestamped;
    private final ValidationReport report;
    private final Predicate<String> sourceTypes;

    EntityDeclaration(TypeElement type, ValidationReport report, Predicate<String> sourceTypes) {
        this.type = type;
        this.fields = withEmbedded(fields(type));
        this.timestampedType = nearestTimestamped(type);
        this.timestamped = timestampedType.flatMap(t -> Mirrors.find(t, TIMESTAMPED));
        this.report = report;
        this.sourceTypes = sourceTypes;
    }

    TypeElement type() {
        return type;
    }

    /**
     * Fields of the class and its superclasses by name, the nearest declaration first, then the
     * fields of its {@code @Embedded} values that no field of its own hides.
     */
    Map<String, VariableElement> fields() {
        return fields;
    }

    /** The entity's {@code @Embedded} field whose value holds {@code field}, if it is in one. */
    Optional<VariableElement> holderOf(VariableElement field) {
        return Optional.ofNullable(holders.get(field));
    }

    private Map<String, VariableElement> withEmbedded(Map<String, VariableElement> own) {
        Map<String, VariableElement> all = new LinkedHashMap<>(own);
        for (VariableElement holder : own.values()) {
            if (holder.asType() instanceof DeclaredType declared
                    && declared.asElement() instanceof TypeElement value
                    && (Mirrors.has(holder, JpaAnnotations.EMBEDDED)
                            || Mirrors.has(value, JpaAnnotations.EMBEDDABLE))) {
                for (VariableElement field : fields(value).values()) {
                    if (all.putIfAbsent(field.getSimpleName().toString(), field) == null) {
                        holders.put(field, holder);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** The {@code @Timestamped} on the class or its nearest annotated superclass. */
    Optional<AnnotationMirror> timestamped() {
        return timestamped;
    }

    /** The class that carries the {@code @Timestamped} that applies: the entity or a superclass. */
    Optional<TypeElement> timestampedType() {
        return timestampedType;
    }

    /** Whether the {@code @Timestamped} that applies is written on the entity itself. */
    boolean ownsTimestamped() {
        return timestampedType.filter(type::equals).isPresent();
    }

    ValidationReport report() {
        return report;
    }

    /**
     * Reports a warning about the entity; the report drops it where the element, the entity or a
     * class around them says {@code @SuppressWarnings("touchstone")}.
     */
    void warn(Element at, Message message, Object... args) {
        warn(at, null, null, message, args);
    }

    /** Reports a warning on one member of an annotation, as {@link #warn(Element, Message, Object...)}. */
    void warn(Element at, AnnotationMirror annotation, String member, Message message, Object... args) {
        report.add(at, annotation, member, message, args);
    }

    /**
     * Where to report on a field (or a superclass): on it if it is in this compilation's sources,
     * else on the entity.
     */
    Element locate(Element element) {
        return element.equals(type) || element.getEnclosingElement().equals(type) || isSource(element) ? element : type;
    }

    /** Whether the element comes from this compilation's sources, where a diagnostic can point at it. */
    private boolean isSource(Element element) {
        Element outermost = element;
        while (outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            outermost = outermost.getEnclosingElement();
        }
        return sourceTypes.test(((TypeElement) outermost).getQualifiedName().toString());
    }

    /** Fields of the class and its superclasses by name, the nearest declaration first. */
    static Map<String, VariableElement> fields(TypeElement type) {
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                fields.putIfAbsent(field.getSimpleName().toString(), field);
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The class that carries the {@code @Timestamped} that applies to {@code type}: itself or a superclass. */
    static Optional<TypeElement> nearestTimestamped(TypeElement type) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            if (Mirrors.has(t, TIMESTAMPED)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The superclass, or {@code null} for {@code Object} and where there is none. */
    static TypeElement superclass(TypeElement type) {
        if (type.getSuperclass().getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type.getSuperclass()).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }
}
