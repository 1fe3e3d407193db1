package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.AbstractTimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.GeneratedClass;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.TimestampField;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>TimestampValidator}, which checks every rule of
 * {@code TimestampViolation.Rule}: its {@code validate} reads each field once and hands it to the
 * rule methods of its superclass {@link AbstractTimestampValidator}.
 */
public final class ValidatorWriter {

    private static final ClassName RULE = ClassName.get(Rule.class);
    private static final TypeName VIOLATIONS =
            ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(TimestampViolation.class));

    private final EntityCode code;
    private final EntityModel model;
    private final ClassName name;
    private final String violations;
    private final String limit;
    /** The rule checks of {@code validate}, the first of which declares its local {@code violations}. */
    private final CodeBlock.Builder checks = CodeBlock.builder();

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
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractTimestampValidator.class), entity))
                .addJavadoc("Checks the timestamps of {@link $T}: missing, in the future (beyond {@code $L}),\n"
                        + "out of order, not at UTC, and stored durations that do not match their interval.\n"
                        + "<p>Instances are immutable and thread-safe.\n", model.type(), model.futureTolerance());
        ClockMembers.add(type, name, CodeBlock.of("$S, $T.$L, $S, $LL", model.type().simpleName(), ChronoUnit.class,
                model.nowPrecision().name(), model.futureTolerance(), Duration.parse(model.futureTolerance()).toMillis()),
                "validator");
        return type.addMethod(validate(entity)).build();
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
        List<TimestampField> timestamps = model.timestampFields();
        CodeBlock.Builder reads = CodeBlock.builder();
        timestamps.forEach(f -> reads.add(code.readLocal(f)));
        model.durations().forEach(d -> d.stored().ifPresent(s -> reads.add(code.readLocal(s))));
        // an expiry is in the future by design: never IN_FUTURE
        Set<String> expiries = new HashSet<>();
        model.expiryFields().forEach(f -> expiries.add(f.name()));
        if (timestamps.stream().anyMatch(f -> !expiries.contains(f.name()))) {
            reads.addStatement("long $N = limit()", limit);
        }

        model.lifecycle().ifPresent(lifecycle -> {
            check(soFar -> CodeBlock.of("missing($L,$W$S,$W$N,$W$T.$L)", soFar, lifecycle.createdAt().name(),
                    lifecycle.createdAt().name(), RULE, Rule.CREATED_AT_MISSING.name()));
            if (lifecycle.updatedOnCreate()) {
                check(soFar -> CodeBlock.of("missing($L,$W$S,$W$N,$W$T.$L)", soFar, lifecycle.updatedAt().name(),
                        lifecycle.updatedAt().name(), RULE, Rule.UPDATED_AT_MISSING.name()));
            }
        });
        Set<String> comparedToCreation = new HashSet<>();
        model.lifecycle().ifPresent(l -> comparedToCreation.add(l.updatedAt().name()));
        model.activities().forEach(a -> comparedToCreation.add(a.field().name()));
        comparedToCreation.addAll(expiries);
        for (TimestampField field : timestamps) {
            if (!expiries.contains(field.name())) {
                check(soFar -> CodeBlock.of("inFuture($L,$W$S,$W$N,$W$N)", soFar, field.name(), field.name(),
                        limit));
            }
            if (field.type().carriesOffset()) {
                check(soFar -> CodeBlock.of("notUtc($L,$W$S,$W$N)", soFar, field.name(), field.name()));
            }
            model.lifecycle().map(Lifecycle::createdAt)
                    .filter(created -> comparedToCreation.contains(field.name()) && !created.name().equals(field.name()))
                    .ifPresent(created -> before(field, created, Rule.BEFORE_CREATED_AT));
        }
        Set<List<String>> intervals = new HashSet<>();
        for (DurationSpec duration : model.durations()) {
            TimestampField start = duration.start();
            TimestampField end = duration.end();
            if (intervals.add(List.of(start.name(), end.name()))) {
                before(end, start, Rule.END_BEFORE_START);
            }
            duration.stored().ifPresent(stored -> check(soFar -> CodeBlock.of(
                    "stored($L,$W$S,$W$L,$W$T.$L,$W$L,$W$S,$W$N,$W$S,$W$N)", soFar, stored.name(),
                    StoredCodec.checked(stored, CodeBlock.of("$N", stored.name())), ChronoUnit.class,
                    stored.unit().name(), stored.truncated(), start.name(), start.name(), end.name(), end.name())));
        }
        if (checks.isEmpty()) {
            // nothing to check: an entity of expiries only, without createdAt
            return validate.addStatement("return $T.of()", List.class).build();
        }
        return validate.addCode(reads.build()).addCode(checks.build())
                .addStatement("return result($N)", violations).build();
    }

    /** {@code value} must not be earlier than {@code other}. */
    private void before(TimestampField value, TimestampField other, Rule rule) {
        check(soFar -> CodeBlock.of("before($L,$W$S,$W$N,$W$S,$W$N,$W$T.$L)", soFar, value.name(), value.name(),
                other.name(), other.name(), RULE, rule.name()));
    }

    /**
     * Adds {@code violations = <call>;}, where {@code call} takes the violations so far; the
     * first call declares {@code violations}, with {@code null} so far.
     */
    private void check(Function<CodeBlock, CodeBlock> call) {
        if (!checks.isEmpty()) {
            checks.addStatement("$N = $L", violations, call.apply(CodeBlock.of("$N", violations)));
        } else {
            checks.addStatement("$T $N = $L", VIOLATIONS, violations, call.apply(CodeBlock.of("null")));
        }
    }
}
