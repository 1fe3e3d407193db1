package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.internal.TimeKind;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import java.time.Duration;

/** The Java types of timestamps and stored durations, and their letters in an {@code EntityShape}. */
final class TimeCodec {

    private TimeCodec() {
    }

    static TypeName typeName(TimeType type) {
        return ClassName.bestGuess(type.qualifiedName());
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

    /** The runtime's letter for a timestamp type. */
    static char code(TimeType type) {
        return TimeKind.valueOf(type.name()).code();
    }

    /** The runtime's letter for a stored duration: {@code n}, {@code i}, {@code d} or {@code t}. */
    static char code(StoredDuration stored) {
        return switch (stored.type()) {
            case LONG, BOXED_LONG -> 'n';
            case INT, BOXED_INT -> 'i';
            case DURATION -> stored.truncated() ? 't' : 'd';
        };
    }
}
