package io.github.touchstone.processor.model;

import java.time.temporal.ChronoUnit;

/**
 * The field that stores a {@code @Duration}.
 *
 * @param name the field name
 * @param type its Java type
 * @param access how generated code reaches it
 * @param unit the unit numeric values are in, or that a {@code Duration} is truncated to
 * @param truncated whether a {@code java.time.Duration} value is truncated to {@code unit}
 */
public record StoredDuration(String name, Type type, Access access, ChronoUnit unit, boolean truncated) {

    /** The supported stored types. */
    public enum Type {
        LONG("long", true, false),
        BOXED_LONG("java.lang.Long", false, false),
        INT("int", true, true),
        BOXED_INT("java.lang.Integer", false, true),
        DURATION("java.time.Duration", false, false);

        private final String typeName;
        private final boolean primitive;
        private final boolean narrow;

        Type(String typeName, boolean primitive, boolean narrow) {
            this.typeName = typeName;
            this.primitive = primitive;
            this.narrow = narrow;
        }

        /** The Java type as written in source ({@code long}, {@code java.lang.Long}, ...). */
        public String typeName() {
            return typeName;
        }

        /** Whether the field cannot be {@code null}; {@code 0} then means "not computed". */
        public boolean primitive() {
            return primitive;
        }

        /** Whether values are {@code int}s, so a computed {@code long} must fit. */
        public boolean narrow() {
            return narrow;
        }
    }
}
