package io.github.touchstone;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link TimestampValidator#check} when an entity breaks timestamp rules. */
public class TimestampValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The violations, immutable; not serialized (the message keeps their text). */
    private final transient List<TimestampViolation> violations;

    /**
     * Creates the exception; its message lists every violation.
     *
     * @param violations the violations found, at least one
     */
    public TimestampValidationException(List<TimestampViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation that was found.
     *
     * @return an immutable list, never empty (empty only after deserialization)
     */
    public List<TimestampViolation> violations() {
        return violations == null ? List.of() : violations;
    }

    private static String describe(List<TimestampViolation> violations) {
        return violations.size() + " timestamp violation" + (violations.size() == 1 ? "" : "s") + ": "
                + violations.stream()
                        .map(v -> v.rule() + " " + v.message())
                        .collect(Collectors.joining("; "));
    }
}
