package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code validate}: it reads each field once, then lists the checks of every rule of
 * {@code TimestampViolation.Rule} on the runtime's {@code Checks}, which allocate nothing while
 * the entity is valid.
 */
final class ValidatorWriter {

    private static final TypeName VIOLATIONS =
            ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(TimestampViolation.class));

    private final EntityCode code;
    private final EntityModel model;
    private final CodeBlock.Builder checks = CodeBlock.builder();

    ValidatorWriter(EntityCode code) {
        this.code = code;
        this.model = code.model();
    }

    MethodSpec validate() {
        String e = code.parameter();
        String limit = code.free("limit");
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(VIOLATIONS)
                .addParameter(code.anyEntityType(), e)
                .addJavadoc("Lists every timestamp violation of the entity; never throws on {@code null} fields.\n\n")
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return an immutable list, empty when the entity is valid\n")
                .addJavadoc("@throws NullPointerException if {@code $N} is {@code null}\n", e)
                .addStatement("requireEntity($N)", e);
        List<TimestampField> timestamps = model.timestampFields();
        timestamps.forEach(f -> validate.addStatement("$T $N = $L", TimeCodec.typeName(f.type()), f.name(),
                code.read(f.name(), f.access())));
        model.durations().forEach(d -> d.stored().ifPresent(s -> validate.addStatement("$T $N = $L",
                TimeCodec.typeName(s.type()), s.name(), code.read(s.name(), s.access()))));
        // an expiry is in the future by design: never IN_FUTURE
        Set<String> expiries = new HashSet<>();
        model.expiryFields().forEach(f -> expiries.add(f.name()));
        if (timestamps.stream().anyMatch(f -> !expiries.contains(f.name()))) {
            validate.addStatement("long $N = limit()", limit);
        }
        model.lifecycle().ifPresent(lifecycle -> {
            check("missing($L, $N)", number(lifecycle.createdAt()), lifecycle.createdAt().name());
            if (lifecycle.updatedOnCreate()) {
                check("missing($L, $N)", number(lifecycle.updatedAt()), lifecycle.updatedAt().name());
            }
        });
        Set<String> comparedToCreation = new HashSet<>(expiries);
        model.lifecycle().ifPresent(l -> comparedToCreation.add(l.updatedAt().name()));
        model.activities().forEach(a -> comparedToCreation.add(a.field().name()));
        for (TimestampField field : timestamps) {
            if (!expiries.contains(field.name())) {
                check(isInstant(field) ? "instantInFuture($L, $N, $N)" : "inFuture($L, $N, $N)", number(field),
                        field.name(), limit);
            }
            if (field.type().carriesOffset()) {
                check("notUtc($L, $N)", number(field), field.name());
            }
            model.lifecycle()
                    .filter(l -> comparedToCreation.contains(field.name()) && !l.createdAt().name().equals(field.name()))
                    .ifPresent(l -> check(isInstant(field) && isInstant(l.createdAt())
                                    ? "instantNotBeforeCreatedAt($L, $N, $N)" : "notBeforeCreatedAt($L, $N, $N)",
                            number(field), field.name(), l.createdAt().name()));
        }
        Set<List<String>> intervals = new HashSet<>();
        for (DurationSpec duration : model.durations()) {
            TimestampField start = duration.start();
            TimestampField end = duration.end();
            if (intervals.add(List.of(start.name(), end.name()))) {
                check(isInstant(end) && isInstant(start) ? "instantEndNotBeforeStart($L, $N, $L, $N)"
                        : "endNotBeforeStart($L, $N, $L, $N)", number(end), end.name(), number(start), start.name());
            }
            duration.stored().ifPresent(stored -> check("storedDuration($L, $L, $T.$L, $L, $N, $L, $N)",
                    code.number(stored.name()), storedValue(stored), ChronoUnit.class, stored.unit().name(),
                    number(start), start.name(), number(end), end.name()));
        }
        return validate.addCode("return checks()$>$>$L\n.violations();\n$<$<", checks.build()).build();
    }

    /** Whether the field is an {@code Instant}, which the checks take as itself. */
    private static boolean isInstant(TimestampField field) {
        return field.type() == TimeType.INSTANT;
    }

    private int number(TimestampField field) {
        return code.number(field.name());
    }

    /** Adds {@code .check(...)} to the list of checks. */
    private void check(String format, Object... arguments) {
        checks.add("\n." + format, arguments);
    }

    /** The stored value as the check takes it: {@code null} when not set, which for a primitive is {@code 0}. */
    private static CodeBlock storedValue(StoredDuration stored) {
        return stored.type().primitive() ? CodeBlock.of("$N == 0 ? null : $N", stored.name(), stored.name())
                : CodeBlock.of("$N", stored.name());
    }
}
