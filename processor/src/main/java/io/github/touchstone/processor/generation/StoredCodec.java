package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.processor.model.StoredDuration;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** How generated code computes, tests and compares a stored duration of each type. */
final class StoredCodec {

    private StoredCodec() {
    }

    static TypeName typeName(StoredDuration.Type type) {
        return switch (type) {
            case LONG -> TypeName.LONG;
            case INT -> TypeName.INT;
            case BOXED_LONG -> ClassName.get(Long.class);
            case BOXED_INT -> ClassName.get(Integer.class);
            case DURATION -> ClassName.get(Duration.class);
        };
    }

    /** The value to store for the interval between two {@code Instant} expressions. */
    static CodeBlock value(StoredDuration stored, CodeBlock start, CodeBlock end) {
        return switch (stored.type()) {
            case LONG, BOXED_LONG -> between(stored, start, end);
            case INT, BOXED_INT -> CodeBlock.of("$T.toIntExact($L)", Math.class, between(stored, start, end));
            case DURATION -> stored.truncated()
                    ? CodeBlock.of("$T.between($L, $L).truncatedTo($T.$L)", Duration.class, start, end,
                            ChronoUnit.class, stored.unit().name())
                    : CodeBlock.of("$T.between($L, $L)", Duration.class, start, end);
        };
    }

    /** The expected value as a {@code long} (numeric types) or {@code Duration}, for comparing. */
    static CodeBlock expected(StoredDuration stored, CodeBlock start, CodeBlock end) {
        return stored.type() == StoredDuration.Type.DURATION ? value(stored, start, end) : between(stored, start, end);
    }

    /**
     * {@code end - start} in the stored unit, truncated. Through {@link Duration}, because
     * {@code ChronoUnit.MILLIS.between} truncates each end first on JDK 17 and the difference on
     * later JDKs: a stored value must not depend on the JDK.
     */
    private static CodeBlock between(StoredDuration stored, CodeBlock start, CodeBlock end) {
        CodeBlock duration = CodeBlock.of("$T.between($L, $L)", Duration.class, start, end);
        return switch (stored.unit()) {
            case NANOS -> CodeBlock.of("$L.toNanos()", duration);
            case MICROS -> CodeBlock.of("$L.toNanos() / 1000", duration);
            case MILLIS -> CodeBlock.of("$L.toMillis()", duration);
            case SECONDS -> CodeBlock.of("$L.toSeconds()", duration);
            case MINUTES -> CodeBlock.of("$L.toMinutes()", duration);
            case HOURS -> CodeBlock.of("$L.toHours()", duration);
            case HALF_DAYS -> CodeBlock.of("$L.toHours() / 12", duration);
            case DAYS -> CodeBlock.of("$L.toDays()", duration);
            default -> throw new IllegalArgumentException("not a stored unit: " + stored.unit());
        };
    }

    /** Whether the stored value is set: not {@code null}, or for a primitive not {@code 0}. */
    static CodeBlock isSet(StoredDuration stored, CodeBlock value) {
        return stored.type().primitive() ? CodeBlock.of("$L != 0", value) : CodeBlock.of("$L != null", value);
    }

    /** Whether a set stored value differs from an {@link #expected} one. */
    static CodeBlock differs(StoredDuration stored, CodeBlock value, CodeBlock expected) {
        return switch (stored.type()) {
            case LONG, INT -> CodeBlock.of("$L != $L", value, expected);
            case BOXED_LONG, BOXED_INT -> CodeBlock.of("$L.longValue() != $L", value, expected);
            case DURATION -> CodeBlock.of("!$L.equals($L)", value, expected);
        };
    }

    /** How the unit reads in a message: {@code " ms"} style is ambiguous, so the unit's name. */
    static String unitLabel(StoredDuration stored) {
        return stored.type() == StoredDuration.Type.DURATION ? "" : " " + stored.unit().name();
    }
}
