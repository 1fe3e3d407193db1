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

    /** Every annotation the processor claims. */
    public static final List<String> ALL = List.of(TIMESTAMPED, CREATED_AT, UPDATED_AT, ACTIVITY, DURATION, DURATION_LIST);

    /** The annotations that mark a field for Touchstone. */
    static final List<String> FIELD_MARKS = List.of(ACTIVITY, DURATION, CREATED_AT, UPDATED_AT);

    private TouchstoneAnnotations() {
    }

    /** {@code io.github.touchstone.CreatedAt} becomes {@code CreatedAt}. */
    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
