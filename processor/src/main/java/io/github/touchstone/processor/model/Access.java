package io.github.touchstone.processor.model;

/**
 * How generated code, in the entity's package, reads and writes one field.
 *
 * @param style the access path
 * @param getter the getter's name ({@link Style#ACCESSORS} only)
 * @param setter the setter's name ({@link Style#ACCESSORS} only, {@code null} for a read-only use)
 */
public record Access(Style style, String getter, String setter) {

    /** The access paths. */
    public enum Style {
        /** {@code e.name} and {@code e.name = v}. */
        FIELD,
        /** {@code e.getName()} and {@code e.setName(v)}. */
        ACCESSORS,
        /** {@code e.name()}; writes build a new record. */
        RECORD_COMPONENT
    }

    public static Access field() {
        return new Access(Style.FIELD, null, null);
    }

    public static Access recordComponent() {
        return new Access(Style.RECORD_COMPONENT, null, null);
    }

    public static Access accessors(String getter, String setter) {
        return new Access(Style.ACCESSORS, getter, setter);
    }
}
