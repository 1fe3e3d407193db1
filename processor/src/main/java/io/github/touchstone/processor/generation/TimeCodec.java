package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.processor.model.TimeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.lang.model.element.Modifier;

/** How generated code converts each {@link TimeType} to and from an {@link Instant}. */
final class TimeCodec {

    /** The name of the helper that reads a {@code Double} of epoch seconds. */
    static final String EPOCH_SECONDS_HELPER = "instantOfEpochSeconds";

    /** The name of the helper that writes an instant as a {@code Double} of epoch seconds. */
    static final String TO_EPOCH_SECONDS_HELPER = "epochSecondsOf";

    private TimeCodec() {
    }

    static TypeName typeName(TimeType type) {
        return ClassName.bestGuess(type.qualifiedName());
    }

    /** An expression of {@code type} holding the instant {@code instant}. */
    static CodeBlock fromInstant(TimeType type, CodeBlock instant) {
        return switch (type) {
            case INSTANT -> instant;
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.ofInstant($L, $T.UTC)", typeName(type), instant, ZoneOffset.class);
            case ZONED_DATE_TIME -> CodeBlock.of("$T.ofInstant($L, $T.UTC)", typeName(type), instant, ZoneOffset.class);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.ofInstant($L, $T.UTC)", typeName(type), instant, ZoneOffset.class);
            case EPOCH_MILLIS -> CodeBlock.of("$L.toEpochMilli()", instant);
            case EPOCH_SECONDS -> CodeBlock.of("$N($L)", TO_EPOCH_SECONDS_HELPER, instant);
        };
    }

    /** An {@link Instant} expression for the non-null value {@code value} of {@code type}. */
    static CodeBlock toInstant(TimeType type, CodeBlock value) {
        return switch (type) {
            case INSTANT -> value;
            case OFFSET_DATE_TIME, ZONED_DATE_TIME -> CodeBlock.of("$L.toInstant()", value);
            case LOCAL_DATE_TIME -> CodeBlock.of("$L.toInstant($T.UTC)", value, ZoneOffset.class);
            case EPOCH_MILLIS -> CodeBlock.of("$T.ofEpochMilli($L)", Instant.class, value);
            case EPOCH_SECONDS -> CodeBlock.of("$N($L)", EPOCH_SECONDS_HELPER, value);
        };
    }

    /** {@code value} of type {@code from} as a value of type {@code to}. */
    static CodeBlock convert(CodeBlock value, TimeType from, TimeType to) {
        return from == to ? value : fromInstant(to, toInstant(from, value));
    }

    /**
     * The helper behind {@link #fromInstant} for {@code Double} epoch seconds: a method, so that
     * an instant expression such as {@code now()} is evaluated once.
     */
    static MethodSpec toEpochSecondsHelper() {
        return MethodSpec.methodBuilder(TO_EPOCH_SECONDS_HELPER)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(double.class)
                .addParameter(Instant.class, "instant")
                .addStatement("return instant.getEpochSecond() + instant.getNano() / 1e9")
                .build();
    }

    /**
     * The helper behind {@link #toInstant} for {@code Double} epoch seconds: a double resolves
     * about 0.24 µs today, so the value is rounded to the entity's precision to give back
     * exactly the instant that was written.
     */
    static MethodSpec epochSecondsHelper(ChronoUnit precision) {
        long unitNanos = precision.getDuration().toNanos();
        CodeBlock nanos = unitNanos == 1
                ? CodeBlock.of("$T.round((epochSeconds - seconds) * 1e9)", Math.class)
                : CodeBlock.of("$T.round((epochSeconds - seconds) * $L) * $LL", Math.class,
                        1e9 / unitNanos, unitNanos);
        return MethodSpec.methodBuilder(EPOCH_SECONDS_HELPER)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Instant.class)
                .addParameter(double.class, "epochSeconds")
                .addStatement("long seconds = (long) $T.floor(epochSeconds)", Math.class)
                .addStatement("return $T.ofEpochSecond(seconds, $L)", Instant.class, nanos)
                .build();
    }
}
