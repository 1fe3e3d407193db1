package io.github.touchstone.processor.validation;

import java.util.List;

/** The qualified names of Touchstone's annotations, as the processor claims and reads them. */
public final class TouchstoneAnnotations {

    public static final String TIMESTAMPED = "io.github.touchstone.Timestamped";
    public static final String CREATED_AT = "io.github.touchstone.CreatedAt";
    public static final String UPDATED_AT = "io.github.touchstone.UpdatedAt";
    public static final String ACTIVITY = "io.github.touchstone.ActivityTimestamp";
    public static final String DURATION = "io.github.touchstone.Duration";
    public static final String DURATION_LIST = "io.github.touchstone.Duration.List";
    public static final String EXPIRY = "io.github.touchstone.Expiry";
    public static final String UNTRACKED = "io.github.touchstone.Untracked";

    /**
     * The annotations that make the class they are on (or the class of the field they are on) an
     * entity to read. {@code @Untracked} is not one: it only matters to an entity that already is.
     */
    public static final List<String> ENTITY_MARKS =
            List.of(TIMESTAMPED, CREATED_AT, UPDATED_AT, ACTIVITY, DURATION, DURATION_LIST, EXPIRY);

    /** Every annotation the processor claims. */
    /**
     * Every annotation of Touchstone's, {@code @CheckReturnValue} included: it marks generated
     * methods, and the round that compiles them would otherwise make javac warn that no processor
     * claimed it.
     */
    public static final List<String> ALL = List.of(TIMESTAMPED, CREATED_AT, UPDATED_AT, ACTIVITY, DURATION,
            DURATION_LIST, EXPIRY, UNTRACKED, "io.github.touchstone.CheckReturnValue");

    /** The annotations that mark a timestamp field for Touchstone. */
    static final List<String> FIELD_MARKS = List.of(ACTIVITY, DURATION, CREATED_AT, UPDATED_AT, EXPIRY);

    private TouchstoneAnnotations() {
    }

    /** {@code io.github.touchstone.CreatedAt} becomes {@code CreatedAt}. */
    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
