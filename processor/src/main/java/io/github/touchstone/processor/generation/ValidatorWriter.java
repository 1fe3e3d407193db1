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
    /** Whether {@code validate} has declared its local {@code violations} yet. */
    private boolean declared;

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
        List<TimestampField> timestamps = model.managedTimestamps();
        timestamps.forEach(f -> validate.addCode(code.readLocal(f)));
        model.durations().forEach(d -> d.stored().ifPresent(s -> validate.addCode(code.readLocal(s))));
        validate.addStatement("long $N = limit()", limit);

        model.lifecycle().ifPresent(lifecycle -> {
            check(validate, soFar -> CodeBlock.of("missing($L,$W$S,$W$N,$W$T.$L)", soFar, lifecycle.createdAt().name(),
                    lifecycle.createdAt().name(), RULE, Rule.CREATED_AT_MISSING.name()));
            if (lifecycle.updatedOnCreate()) {
                check(validate, soFar -> CodeBlock.of("missing($L,$W$S,$W$N,$W$T.$L)", soFar, lifecycle.updatedAt().name(),
                        lifecycle.updatedAt().name(), RULE, Rule.UPDATED_AT_MISSING.name()));
            }
        });
        Set<String> comparedToCreation = new HashSet<>();
        model.lifecycle().ifPresent(l -> comparedToCreation.add(l.updatedAt().name()));
        model.activities().forEach(a -> comparedToCreation.add(a.field().name()));
        for (TimestampField field : timestamps) {
            check(validate, soFar -> CodeBlock.of("inFuture($L,$W$S,$W$N,$W$N)", soFar, field.name(), field.name(), limit));
            if (field.type().carriesOffset()) {
                check(validate, soFar -> CodeBlock.of("notUtc($L,$W$S,$W$N)", soFar, field.name(), field.name()));
            }
            model.lifecycle().map(Lifecycle::createdAt)
                    .filter(created -> comparedToCreation.contains(field.name()) && !created.name().equals(field.name()))
                    .ifPresent(created -> before(validate, field, created, Rule.BEFORE_CREATED_AT));
        }
        Set<List<String>> intervals = new HashSet<>();
        for (DurationSpec duration : model.durations()) {
            TimestampField start = duration.start();
            TimestampField end = duration.end();
            if (intervals.add(List.of(start.name(), end.name()))) {
                before(validate, end, start, Rule.END_BEFORE_START);
            }
            duration.stored().ifPresent(stored -> check(validate, soFar -> CodeBlock.of(
                    "stored($L,$W$S,$W$L,$W$T.$L,$W$L,$W$S,$W$N,$W$S,$W$N)", soFar, stored.name(),
                    StoredCodec.checked(stored, CodeBlock.of("$N", stored.name())), ChronoUnit.class,
                    stored.unit().name(), stored.truncated(), start.name(), start.name(), end.name(), end.name())));
        }
        return validate.addStatement("return result($N)", violations).build();
    }

    /** {@code value} must not be earlier than {@code other}. */
    private void before(MethodSpec.Builder validate, TimestampField value, TimestampField other, Rule rule) {
        check(validate, soFar -> CodeBlock.of("before($L,$W$S,$W$N,$W$S,$W$N,$W$T.$L)", soFar, value.name(), value.name(),
                other.name(), other.name(), RULE, rule.name()));
    }

    /**
     * Adds {@code violations = <call>;}, where {@code call} takes the violations so far; the
     * first call declares {@code violations}, with {@code null} so far.
     */
    private void check(MethodSpec.Builder validate, Function<CodeBlock, CodeBlock> call) {
        if (declared) {
            validate.addStatement("$N = $L", violations, call.apply(CodeBlock.of("$N", violations)));
        } else {
            validate.addStatement("$T $N = $L", VIOLATIONS, violations, call.apply(CodeBlock.of("null")));
            declared = true;
        }
    }
}
