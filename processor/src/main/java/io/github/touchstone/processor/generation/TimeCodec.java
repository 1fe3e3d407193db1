package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.processor.model.TimeType;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How generated code converts each {@link TimeType} to and from an {@link Instant}, with the
 * methods of its runtime superclass {@code AbstractTimestamps} ({@code instant}, {@code epochSeconds}).
 */
final class TimeCodec {

    private TimeCodec() {
    }

    static TypeName typeName(TimeType type) {
        return ClassName.bestGuess(type.qualifiedName());
    }

    /** An expression of {@code type} holding the instant {@code instant}. */
    static CodeBlock fromInstant(TimeType type, CodeBlock instant) {
        return switch (type) {
            case INSTANT -> instant;
            case OFFSET_DATE_TIME, ZONED_DATE_TIME, LOCAL_DATE_TIME ->
                    CodeBlock.of("$T.ofInstant($L, $T.UTC)", typeName(type), instant, ZoneOffset.class);
            case EPOCH_MILLIS -> CodeBlock.of("$L.toEpochMilli()", instant);
            case EPOCH_SECONDS -> CodeBlock.of("epochSeconds($L)", instant);
        };
    }

    /** An {@link Instant} expression for {@code value} of {@code type}, {@code null} for {@code null}. */
    static CodeBlock toInstant(TimeType type, CodeBlock value) {
        return type == TimeType.INSTANT ? value : CodeBlock.of("instant($L)", value);
    }

    /** {@code value} (not {@code null}) of type {@code from} as a value of type {@code to}. */
    static CodeBlock convert(CodeBlock value, TimeType from, TimeType to) {
        return from == to ? value : fromInstant(to, toInstant(from, value));
    }
}
