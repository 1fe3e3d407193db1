package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.processor.model.StoredDuration;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * How generated code computes a stored duration of each type, with the {@code duration} methods
 * of its runtime superclass {@code AbstractTimestamps}.
 */
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

    /** The value to store for the interval between two timestamp expressions, both set. */
    static CodeBlock value(StoredDuration stored, CodeBlock start, CodeBlock end) {
        CodeBlock amount = CodeBlock.of("duration($L, $L, $T.$L)", start, end, ChronoUnit.class, stored.unit().name());
        return switch (stored.type()) {
            case LONG, BOXED_LONG -> amount;
            case INT, BOXED_INT -> CodeBlock.of("$T.toIntExact($L)", Math.class, amount);
            case DURATION -> stored.truncated()
                    ? CodeBlock.of("duration($L, $L).truncatedTo($T.$L)", start, end, ChronoUnit.class, stored.unit().name())
                    : CodeBlock.of("duration($L, $L)", start, end);
        };
    }

    /**
     * The stored value as the validator's {@code stored} check takes it: {@code null} when not
     * set, which for a primitive is {@code 0}.
     */
    static CodeBlock checked(StoredDuration stored, CodeBlock value) {
        return stored.type().primitive() ? CodeBlock.of("$L == 0 ? null : $L", value, value) : value;
    }
}
