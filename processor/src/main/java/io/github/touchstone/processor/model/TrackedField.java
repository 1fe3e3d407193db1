package io.github.touchstone.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A field that change detection compares ({@code @Timestamped(trackChanges = true)}).
 *
 * @param name the declared field (or record component) name
 * @param access how generated code reads it: {@link Access.Style#ACCESSORS} with only a getter
 *     ({@code getX()}, or {@code isX()} for a {@code boolean}), {@link Access.Style#FIELD} or
 *     {@link Access.Style#RECORD_COMPONENT}; never written
 * @param type the field's type, as seen from the entity (a superclass's type variables replaced
 *     by the entity's arguments)
 * @param snapshotType the type a snapshot holds the value as: {@code type}, except for
 *     {@link Kind#LIST}, {@link Kind#SET} and {@link Kind#MAP}, where it is the field type's
 *     {@code java.util.List}, {@code Set} or {@code Map} view ({@code List<String>} for an
 *     {@code ArrayList<String>} field), which the copy is
 * @param kind how the value is copied into a snapshot and compared
 * @param erased whether {@code snapshotType} is {@code Object}, {@code Object[]} or a wildcard view
 *     ({@code List<?>}) because generated code cannot write {@code type} without an error or a
 *     warning: a private nested type in it, or a raw type
 */
public record TrackedField(String name, Access access, TypeName type, TypeName snapshotType, Kind kind, boolean erased) {

    /** How a tracked value is copied into a snapshot and compared with the current one. */
    public enum Kind {
        /** Kept as it is, compared with {@code Objects.equals} (a primitive as its box). */
        VALUE,
        /** An array of primitives: copied with {@code clone()}, compared with {@code Arrays.equals}. */
        PRIMITIVE_ARRAY,
        /** An array of objects: copied with {@code clone()}, compared with {@code Arrays.deepEquals}. */
        OBJECT_ARRAY,
        /** A {@code java.util.List}: copied into a {@code new ArrayList<>(x)}, compared with {@code Objects.equals}. */
        LIST,
        /** A {@code java.util.Set}: copied into a {@code new LinkedHashSet<>(x)}, compared with {@code Objects.equals}. */
        SET,
        /** A {@code java.util.Map}: copied into a {@code new LinkedHashMap<>(x)}, compared with {@code Objects.equals}. */
        MAP
    }
}
