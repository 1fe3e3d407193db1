package io.github.touchstone.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * How generated code, in the entity's package, reads and writes one field.
 *
 * @param style the access path
 * @param getter the getter's name, or {@code null} where the field is read directly
 *     ({@link Style#ACCESSORS} always has one; {@link Style#WITHER} may not)
 * @param setter the setter's name ({@link Style#ACCESSORS}; {@code null} for a read-only use),
 *     or the wither's ({@link Style#WITHER})
 * @param embedding the {@code @Embedded} value that holds the field, or {@code null} where the
 *     entity holds it itself
 */
public record Access(Style style, String getter, String setter, Embedding embedding) {

    /**
     * The field of an entity that holds a JPA {@code @Embedded} value, in which the timestamp is.
     *
     * @param field the entity's field holding the value
     * @param access how generated code reaches that field
     * @param type the embeddable class, created with its no-argument constructor while {@code null}
     */
    public record Embedding(String field, Access access, ClassName type) {
    }

    /** This access, to a field of the embedded value {@code embedding}. */
    public Access in(Embedding embedding) {
        return new Access(style, getter, setter, embedding);
    }

    /** The access paths. */
    public enum Style {
        /** {@code e.name} and {@code e.name = v}. */
        FIELD,
        /** {@code e.getName()} and {@code e.setName(v)}. */
        ACCESSORS,
        /** {@code e.name()}; writes build a new record. */
        RECORD_COMPONENT,
        /** {@code e.getName()} (or {@code e.name}); writes return {@code e.withName(v)}, a new instance. */
        WITHER
    }

    public static Access field() {
        return new Access(Style.FIELD, null, null, null);
    }

    public static Access recordComponent() {
        return new Access(Style.RECORD_COMPONENT, null, null, null);
    }

    public static Access accessors(String getter, String setter) {
        return new Access(Style.ACCESSORS, getter, setter, null);
    }

    /** Read through {@code getter} ({@code null}: the field), written through {@code wither}. */
    public static Access wither(String getter, String wither) {
        return new Access(Style.WITHER, getter, wither, null);
    }
}
