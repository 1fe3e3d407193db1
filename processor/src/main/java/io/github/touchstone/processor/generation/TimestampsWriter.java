package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.AbstractTimestamps;
import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Expiry;
import io.github.touchstone.processor.model.GeneratedClass;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Timestamps}: lifecycle, activity and duration methods. Its superclass
 * {@link AbstractTimestamps} holds the clock and the interval arithmetic, so each method is only
 * the reads and writes of its entity's fields.
 */
public final class TimestampsWriter {

    private static final TypeName OPTIONAL_DURATION = ParameterizedTypeName.get(Optional.class, Duration.class);

    private final EntityCode code;
    private final EntityModel model;
    private final ClassName name;

    public TimestampsWriter(EntityModel model) {
        this.code = new EntityCode(model);
        this.model = model;
        this.name = GeneratedClass.TIMESTAMPS.of(model);
    }

    /** The generated class. */
    public TypeSpec typeSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(AbstractTimestamps.class)
                .addJavadoc("Timestamp helpers for {@link $T}: every method that changes an entity sets the\n"
                        + "timestamps from this helper's clock, truncated to {@code $L}, and returns the entity$L.\n"
                        + "<p>Instances are immutable and thread-safe.\n",
                        model.type(), model.nowPrecision().name(), model.isRecord() ? " as a new record"
                                : model.usesWithers() ? " as a changed copy" : "");
        ClockMembers.add(type, name, CodeBlock.of("$T.$L", ChronoUnit.class, model.nowPrecision().name()), "helper");
        model.lifecycle().ifPresent(lifecycle -> addLifecycle(type, lifecycle));
        model.activities().forEach(activity -> type.addMethod(mark(activity)));
        model.durations().forEach(duration -> addDuration(type, duration));
        model.expiries().forEach(expiry -> addExpiry(type, expiry));
        model.changeTracking().ifPresent(tracking -> new ChangeDetectionWriter(code, tracking).addTo(type));
        return type.build();
    }

    private void addLifecycle(TypeSpec.Builder type, Lifecycle lifecycle) {
        TimestampField createdAt = lifecycle.createdAt();
        TimestampField updatedAt = lifecycle.updatedAt();
        String e = code.parameter();
        type.addMethod(code.method(Names.ON_CREATE, code.parameterType())
                .addJavadoc("Sets {@code $N} to now if it is {@code null} (it is never overwritten)$L.\n\n",
                        createdAt.name(), lifecycle.updatedOnCreate()
                                ? ";\nthen, if {@code " + updatedAt.name() + "} is {@code null}, sets it to the same instant"
                                : ";\n{@code " + updatedAt.name() + "} stays {@code null} until the first {@code touch}")
                .addJavadoc(entityDoc())
                .addCode(onCreate(lifecycle))
                .build());
        type.addMethod(code.method(Names.TOUCH, code.parameterType())
                .addJavadoc("Sets {@code $N} to now; {@code $N} is never changed.\n\n", updatedAt.name(), createdAt.name())
                .addJavadoc(entityDoc())
                .addCode(code.returnWith(Map.of(updatedAt.name(), now(updatedAt))))
                .build());
        type.addMethod(touchAll(updatedAt));

        TimeType lastType = createdAt.type() == updatedAt.type() ? createdAt.type() : TimeType.INSTANT;
        type.addMethod(code.method(Names.UPDATED_AT_OR_CREATED, TimeCodec.typeName(lastType))
                .addJavadoc("Returns {@code $N}, or {@code $N} where {@code $N} is {@code null}$L.\n\n",
                        updatedAt.name(), createdAt.name(), updatedAt.name(),
                        lastType == createdAt.type() ? "" : ", as an {@link Instant}")
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return the last change, or {@code null} if neither timestamp is set\n")
                .addCode(code.readLocal(updatedAt))
                .addStatement("return $N != null ? $L : $L", updatedAt.name(),
                        TimeCodec.toInstant(lastType == updatedAt.type() ? TimeType.INSTANT : updatedAt.type(),
                                CodeBlock.of("$N", updatedAt.name())),
                        TimeCodec.toInstant(lastType == createdAt.type() ? TimeType.INSTANT : createdAt.type(),
                                code.read(createdAt)))
                .build());
        type.addMethod(code.method(Names.AGE, OPTIONAL_DURATION)
                .addJavadoc("Returns the time from {@code $N} to now.\n\n", createdAt.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return now minus {@code $N}, or empty if it is {@code null}\n", createdAt.name())
                .addStatement("return since($L)", code.read(createdAt))
                .build());
        type.addMethod(code.method(Names.SINCE_LAST_UPDATE, OPTIONAL_DURATION)
                .addJavadoc("Returns the time from the last change ({@link #updatedAtOrCreated}) to now.\n\n")
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return now minus the last change, or empty if neither timestamp is set\n")
                .addStatement("return since(updatedAtOrCreated($N))", e)
                .build());
    }

    /**
     * {@code createdAt := now} while {@code null}; then, with {@code updatedOnCreate},
     * {@code updatedAt := createdAt} while {@code null}.
     */
    private CodeBlock onCreate(Lifecycle lifecycle) {
        TimestampField createdAt = lifecycle.createdAt();
        TimestampField updatedAt = lifecycle.updatedAt();
        CodeBlock.Builder body = CodeBlock.builder();
        if (!lifecycle.updatedOnCreate() && !model.changesCopies()) {
            return body.beginControlFlow("if ($L == null)", code.read(createdAt))
                    .add(code.stores(Map.of(createdAt.name(), now(createdAt))))
                    .endControlFlow()
                    .addStatement("return $N", code.parameter())
                    .build();
        }
        body.add(code.readLocal(createdAt))
                .beginControlFlow("if ($N == null)", createdAt.name())
                .add(code.write(createdAt, now(createdAt)))
                .endControlFlow();
        if (!lifecycle.updatedOnCreate()) {
            return body.add(code.returnChanged(Set.of(createdAt.name()))).build();
        }
        CodeBlock copied = TimeCodec.convert(CodeBlock.of("$N", createdAt.name()), createdAt.type(), updatedAt.type());
        if (!model.changesCopies()) {
            return body.beginControlFlow("if ($L == null)", code.read(updatedAt))
                    .add(code.stores(Map.of(updatedAt.name(), copied)))
                    .endControlFlow()
                    .addStatement("return $N", code.parameter())
                    .build();
        }
        return body.add(code.readLocal(updatedAt))
                .beginControlFlow("if ($N == null)", updatedAt.name())
                .add(code.write(updatedAt, copied))
                .endControlFlow()
                .add(code.returnChanged(new LinkedHashSet<>(List.of(createdAt.name(), updatedAt.name()))))
                .build();
    }

    private MethodSpec touchAll(TimestampField updatedAt) {
        String entities = code.free("entities");
        String list = code.free(model.changesCopies() ? "touched" : "list");
        TypeName element = code.parameterType();
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.TOUCH_ALL)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(code.methodTypeVariables())
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), element))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), element), entities)
                .addJavadoc("Sets {@code $N} of every entity to one identical instant, read once from the clock.\n\n",
                        updatedAt.name())
                .addJavadoc("@param $N the entities, none {@code null}\n", entities)
                .addJavadoc("@return the touched $L in iteration order, unmodifiable$L\n",
                        model.changesCopies() ? "copies" : "entities",
                        model.changesCopies() ? "" : ": a {@code List} argument\n    comes back as a view of itself")
                .addJavadoc("@throws NullPointerException if {@code $N} or one of its elements is {@code null}\n", entities)
                .addStatement("$T<$T> $N = $L($N)", List.class, element, list,
                        model.changesCopies() ? "listFor" : "listOf", entities)
                .addStatement("$T $N = now()", Instant.class, code.now())
                .beginControlFlow("for ($T $N : $N)", element, code.parameter(), model.changesCopies() ? entities : list)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, code.parameter(), entities + " must not contain null");
        Map<String, CodeBlock> touched = Map.of(updatedAt.name(),
                TimeCodec.fromInstant(updatedAt.type(), CodeBlock.of("$N", code.now())));
        if (model.changesCopies()) {
            method.addStatement("$N.add($L)", list, code.changed(touched));
        } else {
            method.addCode(code.stores(touched));
        }
        return method.endControlFlow()
                .addStatement("return $T.unmodifiableList($N)", Collections.class, list)
                .build();
    }

    private MethodSpec mark(Activity activity) {
        TimestampField field = activity.field();
        MethodSpec.Builder mark = code.method(Names.markName(field.name()), code.parameterType())
                .addJavadoc("Sets {@code $N} to now$L$L.$L\n\n", field.name(),
                        activity.once() ? " if it is {@code null}" : "",
                        activity.touchesUpdatedAt()
                                ? ",\nand {@code " + model.lifecycle().orElseThrow().updatedAt().name() + "} to the same instant"
                                : "",
                        activity.once() ? "\nOnce set, it never changes: a refused mark changes nothing." : "")
                .addJavadoc(entityDoc());
        if (activity.once()) {
            mark.beginControlFlow("if ($L != null)", code.read(field))
                    .addStatement("return $N", code.parameter())
                    .endControlFlow();
        }
        Map<String, CodeBlock> values = new LinkedHashMap<>();
        if (activity.touchesUpdatedAt()) {
            TimestampField updatedAt = model.lifecycle().orElseThrow().updatedAt();
            mark.addStatement("$T $N = now()", Instant.class, code.now());
            values.put(field.name(), TimeCodec.fromInstant(field.type(), CodeBlock.of("$N", code.now())));
            values.put(updatedAt.name(), TimeCodec.fromInstant(updatedAt.type(), CodeBlock.of("$N", code.now())));
        } else {
            values.put(field.name(), now(field));
        }
        return mark.addCode(code.returnWith(values)).build();
    }

    private void addDuration(TypeSpec.Builder type, DurationSpec duration) {
        TimestampField start = duration.start();
        TimestampField end = duration.end();
        String e = code.parameter();
        type.addMethod(code.method(duration.name(), OPTIONAL_DURATION)
                .addJavadoc("Returns {@code $N - $N}; never throws on a {@code null} end.\n\n", end.name(), start.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return the duration, or empty if {@code $N} or {@code $N} is {@code null}\n",
                        start.name(), end.name())
                .addStatement("return interval($L, $L)", code.read(start), code.read(end))
                .build());
        type.addMethod(code.method(Names.elapsedName(duration.name()), OPTIONAL_DURATION)
                .addJavadoc("Returns {@code $N - $N}, where a {@code null} {@code $N} counts as now\n(a running interval).\n\n",
                        end.name(), start.name(), end.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return the duration so far, or empty if {@code $N} is {@code null}\n", start.name())
                .addStatement("return elapsed($L, $L)", code.read(start), code.read(end))
                .build());
        duration.stored().ifPresent(stored -> {
            String compute = Names.computeName(duration.name());
            Optional<Activity> endActivity = model.activities().stream()
                    .filter(a -> a.field().name().equals(end.name()))
                    .findFirst();
            type.addMethod(code.method(compute, code.parameterType())
                    .addJavadoc("Stores {@code $N - $N}$L in {@code $N} when both are set;\notherwise leaves it unchanged.\n\n",
                            end.name(), start.name(), unitDoc(stored), stored.name())
                    .addJavadoc(entityDoc())
                    .addCode(code.readLocal(start))
                    .addCode(code.readLocal(end))
                    .beginControlFlow("if ($N == null || $N == null)", start.name(), end.name())
                    .addStatement("return $N", e)
                    .endControlFlow()
                    .addCode(code.returnWith(Map.of(stored.name(), StoredCodec.value(stored,
                            CodeBlock.of("$N", start.name()), CodeBlock.of("$N", end.name())))))
                    .build());
            type.addMethod(code.method(Names.completeName(duration.name()), code.parameterType())
                    .addJavadoc("Sets {@code $N} to now if it is {@code null}$L,\nthen stores {@code $N - $N}$L"
                            + " in {@code $N}\n(unchanged while {@code $N} is {@code null}).\n\n",
                            end.name(),
                            endActivity.isPresent() ? " (as {@link #" + Names.markName(end.name()) + "} does)" : "",
                            end.name(), start.name(), unitDoc(stored), stored.name(), start.name())
                    .addJavadoc(entityDoc())
                    .addCode(model.changesCopies() ? completeCopy(duration, endActivity, stored)
                            : completeInPlace(end, endActivity, compute))
                    .build());
        });
    }

    private void addExpiry(TypeSpec.Builder type, Expiry expiry) {
        TimestampField field = expiry.field();
        String e = code.parameter();
        String ttl = code.free("ttl");
        type.addMethod(code.method(Names.expireInName(expiry.baseName()), code.parameterType())
                .addParameter(Duration.class, ttl)
                .addJavadoc("Sets {@code $N} to now plus {@code $N}, truncated to {@code $L}; changes nothing else.\n\n",
                        field.name(), ttl, model.nowPrecision().name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@param $N the time to live, zero or positive\n", ttl)
                .addJavadoc(returnDoc())
                .addJavadoc("@throws IllegalArgumentException if {@code $N} is negative (the entity is unchanged)\n", ttl)
                .addJavadoc("@throws NullPointerException if {@code $N} or {@code $N} is {@code null}\n", e, ttl)
                .addCode(code.returnWith(Map.of(field.name(),
                        TimeCodec.fromInstant(field.type(), CodeBlock.of("expiry($N)", ttl)))))
                .build());
        type.addMethod(code.method(Names.isExpiredName(expiry.baseName()), TypeName.BOOLEAN)
                .addJavadoc("Returns whether {@code $N} has passed: now is at or after it.\n\n", field.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return {@code true} once expired; {@code false} while {@code $N} is {@code null}\n",
                        field.name())
                .addStatement("return expired($L)", code.read(field))
                .build());
        type.addMethod(code.method(Names.timeToExpiryName(expiry.baseName()), OPTIONAL_DURATION)
                .addJavadoc("Returns the time left until {@code $N}.\n\n", field.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return {@code $N} minus now, {@link Duration#ZERO} once expired, or empty while it is\n"
                        + "    {@code null}\n", field.name())
                .addStatement("return remaining($L)", code.read(field))
                .build());
    }

    /**
     * {@code complete} in place: sets the end to now while {@code null}, through its mark where it
     * is an activity timestamp (so that {@code touchesUpdatedAt} holds here too), then computes.
     */
    private CodeBlock completeInPlace(TimestampField end, Optional<Activity> endActivity, String compute) {
        String e = code.parameter();
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("if ($L == null)", code.read(end));
        endActivity.ifPresentOrElse(activity -> body.addStatement("$N($N)", Names.markName(end.name()), e),
                () -> body.add(code.stores(Map.of(end.name(), now(end)))));
        return body.endControlFlow().addStatement("return $N($N)", compute, e).build();
    }

    /**
     * {@code complete} on a record or through withers: one new instance with the end (and, where
     * its mark touches it, {@code updatedAt}) set to now while {@code null}, and the stored value.
     */
    private CodeBlock completeCopy(DurationSpec duration, Optional<Activity> endActivity, StoredDuration stored) {
        TimestampField start = duration.start();
        TimestampField end = duration.end();
        Optional<TimestampField> updatedAt = endActivity.filter(Activity::touchesUpdatedAt)
                .map(a -> model.lifecycle().orElseThrow().updatedAt());
        Set<String> changed = new LinkedHashSet<>(List.of(end.name()));
        CodeBlock.Builder body = CodeBlock.builder().add(code.readLocal(end));
        updatedAt.ifPresent(u -> body.add(code.readLocal(u)));
        body.beginControlFlow("if ($N == null)", end.name()).add(code.write(end, now(end)));
        updatedAt.ifPresent(u -> {
            body.add(code.write(u, TimeCodec.convert(CodeBlock.of("$N", end.name()), end.type(), u.type())));
            changed.add(u.name());
        });
        body.endControlFlow()
                .add(code.readLocal(start))
                .add(code.readLocal(stored))
                .beginControlFlow("if ($N != null)", start.name())
                .add(code.write(stored.name(), stored.access(),
                        StoredCodec.value(stored, CodeBlock.of("$N", start.name()), CodeBlock.of("$N", end.name()))))
                .endControlFlow();
        changed.add(stored.name());
        return body.add(code.returnChanged(changed)).build();
    }

    /** Now, as a value of {@code field}'s type. */
    private static CodeBlock now(TimestampField field) {
        return TimeCodec.fromInstant(field.type(), CodeBlock.of("now()"));
    }

    private static String unitDoc(StoredDuration stored) {
        return stored.type() == StoredDuration.Type.DURATION && !stored.truncated()
                ? "" : " (in {@code " + stored.unit().name() + "}, truncated)";
    }

    private CodeBlock entityDoc() {
        return CodeBlock.of("@param $N the entity, not {@code null}\n$L", code.parameter(), returnDoc());
    }

    private CodeBlock returnDoc() {
        return CodeBlock.of("@return $L\n", model.isRecord() ? "a new record with the change; the argument is untouched"
                : model.usesWithers() ? "a changed copy, from the class's withers; the argument is untouched"
                : "the same entity, changed in place");
    }
}
