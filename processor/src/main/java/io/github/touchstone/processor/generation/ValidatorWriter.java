package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.GeneratedClass;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes {@code <Entity>TimestampValidator}, which checks every rule of {@code TimestampViolation.Rule}. */
public final class ValidatorWriter {

    private static final ClassName VALIDATOR = ClassName.get(TimestampValidator.class);
    private static final ClassName VIOLATION = ClassName.get(TimestampViolation.class);
    private static final ClassName RULE = ClassName.get(Rule.class);
    private static final ClassName EXCEPTION = ClassName.get(TimestampValidationException.class);
    private static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);

    private final EntityCode code;
    private final EntityModel model;
    private final ClassName name;
    private final String violations;
    private final String limit;
    /** Whether a check converts another type to Double epoch seconds, which needs that helper too. */
    private boolean toEpochSeconds;

    public ValidatorWriter(EntityModel model) {
        this.code = new EntityCode(model);
        this.model = model;
        this.name = GeneratedClass.VALIDATOR.of(model);
        this.violations = code.free("violations");
        this.limit = code.free("limit");
    }

    /** The generated class. */
    public TypeSpec typeSpec() {
        TypeName entity = code.anyEntityType();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(VALIDATOR, entity))
                .addJavadoc("Checks the timestamps of {@link $T}: missing, in the future (beyond {@code $L}), out of order,\n"
                        + "not at UTC, and stored durations that do not match their interval.\n"
                        + "<p>Instances are immutable and thread-safe.\n", model.type(), model.futureTolerance())
                .addField(FieldSpec.builder(long.class, "FUTURE_TOLERANCE_MILLIS", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("{@code futureTolerance = $S}, in milliseconds.\n", model.futureTolerance())
                        .initializer("$LL", Duration.parse(model.futureTolerance()).toMillis())
                        .build());
        ClockMembers.add(type, name, "validator");
        type.addMethod(validate(entity))
                .addMethod(MethodSpec.methodBuilder("check")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(entity)
                        .addParameter(entity, code.parameter())
                        .addJavadoc("Returns the entity if its timestamps are valid.\n\n")
                        .addJavadoc("@param $N the entity, not {@code null}\n", code.parameter())
                        .addJavadoc("@return {@code $N}\n", code.parameter())
                        .addJavadoc("@throws $T naming every violation\n", EXCEPTION)
                        .addStatement("$T $N = validate($N)", VIOLATIONS, violations, code.parameter())
                        .beginControlFlow("if (!$N.isEmpty())", violations)
                        .addStatement("throw new $T($N)", EXCEPTION, violations)
                        .endControlFlow()
                        .addStatement("return $N", code.parameter())
                        .build())
                .addMethod(MethodSpec.methodBuilder("add")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(VIOLATIONS)
                        .addParameter(VIOLATIONS, "violations")
                        .addParameter(String.class, "field")
                        .addParameter(RULE, "rule")
                        .addParameter(String.class, "message")
                        .addStatement("$T list = violations == null ? new $T<>() : violations", VIOLATIONS, ArrayList.class)
                        .addStatement("list.add(new $T(field, rule, message))", VIOLATION)
                        .addStatement("return list")
                        .build());
        if (model.managedTimestamps().stream().anyMatch(f -> f.type() == TimeType.EPOCH_SECONDS)) {
            type.addMethod(TimeCodec.epochSecondsHelper(model.nowPrecision()));
        }
        if (model.managedTimestamps().stream().anyMatch(f -> comparesAsInstant(f.type()))) {
            type.addMethod(isAfterHelper());
        }
        if (toEpochSeconds) {
            type.addMethod(TimeCodec.toEpochSecondsHelper());
        }
        return type.build();
    }

    private MethodSpec validate(TypeName entity) {
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(VIOLATIONS)
                .addParameter(entity, code.parameter())
                .addJavadoc("Lists every timestamp violation of the entity; never throws on {@code null} fields.\n\n")
                .addJavadoc("@param $N the entity, not {@code null}\n", code.parameter())
                .addJavadoc("@return an immutable list, empty when the entity is valid\n")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, code.parameter(),
                        code.parameter() + " must not be null");
        List<TimestampField> timestamps = model.managedTimestamps();
        timestamps.forEach(f -> validate.addCode(code.readLocal(f)));
        model.durations().forEach(d -> d.stored().ifPresent(s -> validate.addCode(code.readLocal(s))));
        // qualified where the parameter or a local (named after a field) would hide them
        validate.addStatement("long $N = $L.millis() + $L", limit,
                code.isLocal("clock") ? "this.clock" : "clock",
                code.isLocal("FUTURE_TOLERANCE_MILLIS")
                        ? CodeBlock.of("$T.FUTURE_TOLERANCE_MILLIS", name) : "FUTURE_TOLERANCE_MILLIS")
                .addStatement("$T $N = null", VIOLATIONS, violations);

        model.lifecycle().ifPresent(lifecycle -> validate.addCode(missing(lifecycle)));
        Set<String> comparedToCreation = new HashSet<>();
        model.lifecycle().ifPresent(l -> comparedToCreation.add(l.updatedAt().name()));
        model.activities().forEach(a -> comparedToCreation.add(a.field().name()));
        for (TimestampField field : timestamps) {
            validate.addCode(checks(field, model.lifecycle()
                    .filter(l -> comparedToCreation.contains(field.name()) && !l.createdAt().name().equals(field.name()))
                    .map(Lifecycle::createdAt)));
        }
        Set<List<String>> intervals = new HashSet<>();
        model.durations().forEach(d -> validate.addCode(
                checks(d, intervals.add(List.of(d.start().name(), d.end().name())))));
        return validate.addStatement("return $N == null ? $T.of() : $T.unmodifiableList($N)", violations, List.class,
                Collections.class, violations).build();
    }

    private CodeBlock missing(Lifecycle lifecycle) {
        CodeBlock.Builder block = CodeBlock.builder()
                .beginControlFlow("if ($N == null)", lifecycle.createdAt().name())
                .add(add(lifecycle.createdAt().name(), Rule.CREATED_AT_MISSING,
                        CodeBlock.of("$S", label(lifecycle.createdAt().name()) + " is null")))
                .endControlFlow();
        if (lifecycle.updatedOnCreate()) {
            block.beginControlFlow("if ($N == null)", lifecycle.updatedAt().name())
                    .add(add(lifecycle.updatedAt().name(), Rule.UPDATED_AT_MISSING,
                            CodeBlock.of("$S", label(lifecycle.updatedAt().name()) + " is null")))
                    .endControlFlow();
        }
        return block.build();
    }

    /** IN_FUTURE, NOT_UTC and (against {@code createdAt}) BEFORE_CREATED_AT for one set timestamp. */
    private CodeBlock checks(TimestampField field, Optional<TimestampField> createdAt) {
        CodeBlock value = CodeBlock.of("$N", field.name());
        CodeBlock instant = TimeCodec.toInstant(field.type(), value);
        CodeBlock inFuture = comparesAsInstant(field.type()) ? CodeBlock.of("isAfter($L, $N)", instant, limit)
                : field.type() == TimeType.EPOCH_MILLIS ? CodeBlock.of("$N > $N", field.name(), limit)
                // compared as doubles: a Double holds only the nearest double of an instant, which may be
                // a little later, so "now" written into it must not come out later than the limit's end
                : CodeBlock.of("$N > $T.nextUp(($N + 1) / 1e3)", field.name(), Math.class, limit);
        CodeBlock future = add(field.name(), Rule.IN_FUTURE, CodeBlock.of("$S + $L + $S + $T.ofEpochMilli($N) + $S",
                label(field.name()) + " ", display(field), " is later than now + " + model.futureTolerance() + " (",
                Instant.class, limit, ")"));
        if (!field.type().carriesOffset() && createdAt.isEmpty()) {
            // one check: one condition
            return CodeBlock.builder().beginControlFlow("if ($N != null && $L)", field.name(), inFuture)
                    .add(future).endControlFlow().build();
        }
        CodeBlock.Builder block = CodeBlock.builder()
                .beginControlFlow("if ($N != null)", field.name())
                .beginControlFlow("if ($L)", inFuture)
                .add(future)
                .endControlFlow();
        if (field.type().carriesOffset()) {
            block.beginControlFlow("if ($N.getOffset().getTotalSeconds() != 0)", field.name())
                    .add(add(field.name(), Rule.NOT_UTC, CodeBlock.of("$S + $N + $S",
                            label(field.name()) + " ", field.name(), " is not at UTC (offset zero)")))
                    .endControlFlow();
        }
        createdAt.ifPresent(created -> block
                .beginControlFlow("if ($N != null && $L)", created.name(), isBefore(field, created))
                .add(add(field.name(), Rule.BEFORE_CREATED_AT, CodeBlock.of("$S + $L + $S + $L",
                        label(field.name()) + " ", display(field), " is earlier than " + created.name() + " ",
                        display(created))))
                .endControlFlow());
        return block.endControlFlow().build();
    }

    /**
     * END_BEFORE_START (once per interval: {@code firstOfInterval}), and for a stored duration
     * DURATION_WITHOUT_INTERVAL and DURATION_MISMATCH.
     */
    private CodeBlock checks(DurationSpec duration, boolean firstOfInterval) {
        TimestampField start = duration.start();
        TimestampField end = duration.end();
        CodeBlock startInstant = TimeCodec.toInstant(start.type(), CodeBlock.of("$N", start.name()));
        CodeBlock endInstant = TimeCodec.toInstant(end.type(), CodeBlock.of("$N", end.name()));
        CodeBlock.Builder block = CodeBlock.builder();
        if (firstOfInterval) {
            block.beginControlFlow("if ($N != null && $N != null && $L)", start.name(), end.name(), isBefore(end, start))
                    .add(add(end.name(), Rule.END_BEFORE_START, CodeBlock.of("$S + $L + $S + $L",
                            label(end.name()) + " ", display(end), " is earlier than " + start.name() + " ", display(start))))
                    .endControlFlow();
        }
        duration.stored().ifPresent(stored -> {
            CodeBlock value = CodeBlock.of("$N", stored.name());
            String expected = code.free("expected");
            TypeName expectedType = stored.type() == StoredDuration.Type.DURATION ? ClassName.get(Duration.class) : TypeName.LONG;
            block.beginControlFlow("if ($L)", StoredCodec.isSet(stored, value))
                    .beginControlFlow("if ($N == null || $N == null)", start.name(), end.name())
                    .add(add(stored.name(), Rule.DURATION_WITHOUT_INTERVAL, CodeBlock.of(
                            "$S + $N + $S + ($N == null ? $S : $S) + $S",
                            label(stored.name()) + " is ", stored.name(), StoredCodec.unitLabel(stored) + " but ",
                            start.name(), start.name(), end.name(), " is null")))
                    .nextControlFlow("else")
                    .addStatement("$T $N = $L", expectedType, expected, StoredCodec.expected(stored, startInstant, endInstant))
                    .beginControlFlow("if ($L)", StoredCodec.differs(stored, value, CodeBlock.of("$N", expected)))
                    .add(add(stored.name(), Rule.DURATION_MISMATCH, CodeBlock.of("$S + $N + $S + $N + $S",
                            label(stored.name()) + " is ", stored.name(),
                            StoredCodec.unitLabel(stored) + " but " + end.name() + " - " + start.name() + " is ",
                            expected, StoredCodec.unitLabel(stored))))
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow();
        });
        return block.build();
    }

    /**
     * Whether {@code a} (which should be the later) is earlier than {@code b}, both as {@code a}'s
     * type would hold them where it is an epoch number, else as {@code b}'s: an {@code updatedAt}
     * of epoch milliseconds that onCreate set from a {@code createdAt} of microseconds is coarser,
     * not earlier; and a Double keeps only the nearest double of an instant, which may be a
     * little earlier or later than an Instant (or the milliseconds of a Long) of the same clock
     * reading.
     */
    private CodeBlock isBefore(TimestampField a, TimestampField b) {
        TimeType common = a.type().resolution() != ChronoUnit.NANOS ? a.type() : b.type();
        return CodeBlock.of("$L.isBefore($L)", heldAs(a, common), heldAs(b, common));
    }

    /** The instant of a field's value as a field of type {@code common} would hold it. */
    private CodeBlock heldAs(TimestampField field, TimeType common) {
        CodeBlock value = CodeBlock.of("$N", field.name());
        if (common.resolution() == field.type().resolution()) {
            return TimeCodec.toInstant(field.type(), value);
        }
        if (common == TimeType.EPOCH_SECONDS) {
            toEpochSeconds = true;
        }
        return TimeCodec.toInstant(common, TimeCodec.convert(value, field.type(), common));
    }

    private CodeBlock add(String field, Rule rule, CodeBlock message) {
        return CodeBlock.of("$N = add($N, $S, $T.$L, $L);\n", violations, violations, field, RULE, rule.name(), message);
    }

    /**
     * Whether IN_FUTURE compares a field of this type as an instant, through {@code isAfter}:
     * every type but the epoch numbers, which compare their own numbers to the limit.
     */
    private static boolean comparesAsInstant(TimeType type) {
        return type != TimeType.EPOCH_MILLIS && type != TimeType.EPOCH_SECONDS;
    }

    /**
     * Whether an instant is later than the whole millisecond {@code epochMilli}. The future
     * limit is read with {@code clock.millis()}, which allocates nothing where
     * {@code clock.instant()} would; a millisecond clock's now is anywhere in its millisecond,
     * so only a value past its end is provably later.
     */
    private static MethodSpec isAfterHelper() {
        return MethodSpec.methodBuilder("isAfter")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Instant.class, "instant")
                .addParameter(long.class, "epochMilli")
                .addStatement("long seconds = $T.floorDiv(epochMilli, 1000)", Math.class)
                .addStatement("return instant.getEpochSecond() > seconds\n"
                        + "|| instant.getEpochSecond() == seconds\n"
                        + "&& instant.getNano() >= ($T.floorMod(epochMilli, 1000) + 1) * 1_000_000", Math.class)
                .build();
    }

    /** {@code Agent.createdAt}, as messages name a field. */
    private String label(String field) {
        return model.type().simpleName() + "." + field;
    }

    /** A value as a message shows it; epoch numbers also as an instant. */
    private CodeBlock display(TimestampField field) {
        CodeBlock value = CodeBlock.of("$N", field.name());
        return switch (field.type()) {
            case EPOCH_MILLIS, EPOCH_SECONDS -> CodeBlock.of("$N + \" (\" + $L + \")\"", field.name(),
                    TimeCodec.toInstant(field.type(), value));
            default -> value;
        };
    }
}
