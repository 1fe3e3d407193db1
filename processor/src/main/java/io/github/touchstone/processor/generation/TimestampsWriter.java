package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.GeneratedClass;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes {@code <Entity>Timestamps}: lifecycle, activity and duration methods. */
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
                .addJavadoc("Timestamp helpers for {@link $T}: every method that changes an entity sets the\n"
                        + "timestamps from this helper's clock, truncated to {@code $L}, and returns the entity$L.\n"
                        + "<p>Instances are immutable and thread-safe.\n",
                        model.type(), model.nowPrecision().name(), model.isRecord() ? " as a new record"
                                : model.usesWithers() ? " as a changed copy" : "");
        ClockMembers.add(type, name, "helper");
        type.addMethod(MethodSpec.methodBuilder("now")
                .addModifiers(Modifier.PRIVATE)
                .returns(Instant.class)
                .addStatement(model.nowPrecision() == ChronoUnit.NANOS ? CodeBlock.of("return clock.instant()")
                        : CodeBlock.of("return clock.instant().truncatedTo($T.$L)", ChronoUnit.class, model.nowPrecision().name()))
                .build());
        model.lifecycle().ifPresent(lifecycle -> addLifecycle(type, lifecycle));
        model.activities().forEach(activity -> type.addMethod(mark(activity)));
        model.durations().forEach(duration -> addDuration(type, duration));
        if (model.managedTimestamps().stream().anyMatch(f -> f.type() == TimeType.EPOCH_SECONDS)) {
            type.addMethod(TimeCodec.epochSecondsHelper(model.nowPrecision()))
                    .addMethod(TimeCodec.toEpochSecondsHelper());
        }
        return type.build();
    }

    private void addLifecycle(TypeSpec.Builder type, Lifecycle lifecycle) {
        TimestampField createdAt = lifecycle.createdAt();
        TimestampField updatedAt = lifecycle.updatedAt();
        String e = code.parameter();

        MethodSpec.Builder onCreate = code.method(Names.ON_CREATE, code.parameterType())
                .addJavadoc("Sets {@code $N} to now if it is {@code null} (it is never overwritten)$L.\n\n",
                        createdAt.name(), lifecycle.updatedOnCreate()
                                ? "; then, if {@code " + updatedAt.name() + "} is {@code null}, sets it to the same instant"
                                : "; {@code " + updatedAt.name() + "} stays {@code null} until the first {@code touch}")
                .addJavadoc(entityDoc())
                .addCode(code.readLocal(createdAt))
                .beginControlFlow("if ($N == null)", createdAt.name())
                .addCode(code.write(createdAt, TimeCodec.fromInstant(createdAt.type(), CodeBlock.of("now()"))))
                .endControlFlow();
        Set<String> created = new LinkedHashSet<>(List.of(createdAt.name()));
        if (lifecycle.updatedOnCreate()) {
            onCreate.addCode(code.readLocal(updatedAt))
                    .beginControlFlow("if ($N == null)", updatedAt.name())
                    .addCode(code.write(updatedAt,
                            TimeCodec.convert(CodeBlock.of("$N", createdAt.name()), createdAt.type(), updatedAt.type())))
                    .endControlFlow();
            created.add(updatedAt.name());
        }
        type.addMethod(onCreate.addCode(code.returnChanged(created)).build());

        type.addMethod(code.method(Names.TOUCH, code.parameterType())
                .addJavadoc("Sets {@code $N} to now; {@code $N} is never changed.\n\n", updatedAt.name(), createdAt.name())
                .addJavadoc(entityDoc())
                .addStatement("return touch($N, now())", e)
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.TOUCH)
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariables(code.methodTypeVariables())
                .returns(code.parameterType())
                .addParameter(code.parameterType(), e)
                .addParameter(Instant.class, code.now())
                .addCode(code.declare(updatedAt, TimeCodec.fromInstant(updatedAt.type(), CodeBlock.of("$N", code.now()))))
                .addCode(code.returnChanged(Set.of(updatedAt.name())))
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
                .beginControlFlow("if ($N != null)", updatedAt.name())
                .addStatement("return $L", TimeCodec.convert(CodeBlock.of("$N", updatedAt.name()), updatedAt.type(), lastType))
                .endControlFlow()
                .addCode(code.readLocal(createdAt))
                .addStatement(createdAt.type() == lastType ? CodeBlock.of("return $N", createdAt.name())
                        : CodeBlock.of("return $N == null ? null : $L", createdAt.name(),
                                TimeCodec.convert(CodeBlock.of("$N", createdAt.name()), createdAt.type(), lastType)))
                .build());

        type.addMethod(code.method(Names.AGE, OPTIONAL_DURATION)
                .addJavadoc("Returns the time from {@code $N} to now.\n\n", createdAt.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return now minus {@code $N}, or empty if it is {@code null}\n", createdAt.name())
                .addCode(code.readLocal(createdAt))
                .addStatement("return $N == null ? $T.empty() : $T.of($T.between($L, now()))", createdAt.name(),
                        Optional.class, Optional.class, Duration.class,
                        TimeCodec.toInstant(createdAt.type(), CodeBlock.of("$N", createdAt.name())))
                .build());
        String last = code.free("last");
        type.addMethod(code.method(Names.SINCE_LAST_UPDATE, OPTIONAL_DURATION)
                .addJavadoc("Returns the time from the last change ({@link #updatedAtOrCreated}) to now.\n\n")
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return now minus the last change, or empty if neither timestamp is set\n")
                .addStatement("$T $N = updatedAtOrCreated($N)", TimeCodec.typeName(lastType), last, e)
                .addStatement("return $N == null ? $T.empty() : $T.of($T.between($L, now()))", last,
                        Optional.class, Optional.class, Duration.class, TimeCodec.toInstant(lastType, CodeBlock.of("$N", last)))
                .build());
    }

    private MethodSpec touchAll(TimestampField updatedAt) {
        String entities = code.free("entities");
        String touched = code.free("touched");
        String collection = code.free("collection");
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
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, entities, entities + " must not be null")
                .addStatement("$T $N = now()", Instant.class, code.now());
        if (!model.changesCopies()) {
            // changed in place: a list needs no copy
            String list = code.free("list");
            method.beginControlFlow("if ($N instanceof $T $N)",
                            entities, ParameterizedTypeName.get(ClassName.get(List.class), element), list)
                    .beginControlFlow("for ($T $N : $N)", element, code.parameter(), list)
                    .addStatement("touch($T.requireNonNull($N, $S), $N)", Objects.class, code.parameter(),
                            entities + " must not contain null", code.now())
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList($N)", Collections.class, list)
                    .endControlFlow();
        }
        method.addStatement("$T $N = $N instanceof $T<?> $N ? new $T<>($N.size()) : new $T<>()",
                        ParameterizedTypeName.get(ClassName.get(List.class), element), touched, entities, Collection.class,
                        collection, ArrayList.class, collection, ArrayList.class)
                .beginControlFlow("for ($T $N : $N)", element, code.parameter(), entities)
                .addStatement("$N.add(touch($T.requireNonNull($N, $S), $N))", touched, Objects.class, code.parameter(),
                        entities + " must not contain null", code.now())
                .endControlFlow()
                .addStatement("return $T.unmodifiableList($N)", Collections.class, touched);
        return method.build();
    }

    private MethodSpec mark(Activity activity) {
        TimestampField field = activity.field();
        MethodSpec.Builder mark = code.method(Names.markName(field.name()), code.parameterType())
                .addJavadoc("Sets {@code $N} to now$L$L.$L\n\n", field.name(),
                        activity.once() ? " if it is {@code null}" : "",
                        activity.touchesUpdatedAt()
                                ? ", and {@code " + model.lifecycle().orElseThrow().updatedAt().name() + "} to the same instant"
                                : "",
                        activity.once() ? " Once set, it never changes: a refused mark changes nothing." : "")
                .addJavadoc(entityDoc());
        if (activity.once()) {
            mark.beginControlFlow("if ($L != null)", code.read(field.name(), field.access()))
                    .addStatement("return $N", code.parameter())
                    .endControlFlow();
        }
        mark.addStatement("$T $N = now()", Instant.class, code.now());
        Set<String> changed = new LinkedHashSet<>();
        List<TimestampField> written = new ArrayList<>(List.of(field));
        if (activity.touchesUpdatedAt()) {
            written.add(model.lifecycle().orElseThrow().updatedAt());
        }
        for (TimestampField target : written) {
            mark.addCode(code.declare(target, TimeCodec.fromInstant(target.type(), CodeBlock.of("$N", code.now()))));
            changed.add(target.name());
        }
        return mark.addCode(code.returnChanged(changed)).build();
    }

    private void addDuration(TypeSpec.Builder type, DurationSpec duration) {
        TimestampField start = duration.start();
        TimestampField end = duration.end();
        CodeBlock startInstant = TimeCodec.toInstant(start.type(), CodeBlock.of("$N", start.name()));
        CodeBlock endInstant = TimeCodec.toInstant(end.type(), CodeBlock.of("$N", end.name()));
        String e = code.parameter();

        type.addMethod(code.method(duration.name(), OPTIONAL_DURATION)
                .addJavadoc("Returns {@code $N - $N}; never throws on a {@code null} end.\n\n", end.name(), start.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return the duration, or empty if {@code $N} or {@code $N} is {@code null}\n",
                        start.name(), end.name())
                .addCode(code.readLocal(start))
                .addCode(code.readLocal(end))
                .beginControlFlow("if ($N == null || $N == null)", start.name(), end.name())
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("return $T.of($T.between($L, $L))", Optional.class, Duration.class, startInstant, endInstant)
                .build());
        type.addMethod(code.method(Names.elapsedName(duration.name()), OPTIONAL_DURATION)
                .addJavadoc("Returns {@code $N - $N}, where a {@code null} {@code $N} counts as now (a running interval).\n\n",
                        end.name(), start.name(), end.name())
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return the duration so far, or empty if {@code $N} is {@code null}\n", start.name())
                .addCode(code.readLocal(start))
                .beginControlFlow("if ($N == null)", start.name())
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addCode(code.readLocal(end))
                .addStatement("return $T.of($T.between($L, $N == null ? now() : $L))", Optional.class, Duration.class,
                        startInstant, end.name(), endInstant)
                .build());
        duration.stored().ifPresent(stored -> {
            CodeBlock value = StoredCodec.value(stored, startInstant, endInstant);
            type.addMethod(code.method(Names.computeName(duration.name()), code.parameterType())
                    .addJavadoc("Stores {@code $N - $N}$L in {@code $N} when both are set; otherwise leaves it unchanged.\n\n",
                            end.name(), start.name(), unitDoc(stored), stored.name())
                    .addJavadoc(entityDoc())
                    .addCode(code.readLocal(start))
                    .addCode(code.readLocal(end))
                    .beginControlFlow("if ($N == null || $N == null)", start.name(), end.name())
                    .addStatement("return $N", e)
                    .endControlFlow()
                    .addCode(code.declare(stored, value))
                    .addCode(code.returnChanged(Set.of(stored.name())))
                    .build());
            type.addMethod(code.method(Names.completeName(duration.name()), code.parameterType())
                    .addJavadoc("Sets {@code $N} to now if it is {@code null}, then stores {@code $N - $N}$L in {@code $N}"
                            + " (unchanged while {@code $N} is {@code null}).\n\n",
                            end.name(), end.name(), start.name(), unitDoc(stored), stored.name(), start.name())
                    .addJavadoc(entityDoc())
                    .addCode(code.readLocal(end))
                    .beginControlFlow("if ($N == null)", end.name())
                    .addCode(code.write(end, TimeCodec.fromInstant(end.type(), CodeBlock.of("now()"))))
                    .endControlFlow()
                    .addCode(code.readLocal(start))
                    .addCode(code.readLocal(stored))
                    .beginControlFlow("if ($N != null)", start.name())
                    .addCode(code.write(stored.name(), stored.access(), value))
                    .endControlFlow()
                    .addCode(code.returnChanged(Set.of(end.name(), stored.name())))
                    .build());
        });
    }

    private static String unitDoc(StoredDuration stored) {
        return stored.type() == StoredDuration.Type.DURATION && !stored.truncated()
                ? "" : " (in {@code " + stored.unit().name() + "}, truncated)";
    }

    private CodeBlock entityDoc() {
        return CodeBlock.of("@param $N the entity, not {@code null}\n@return $L\n", code.parameter(),
                model.isRecord() ? "a new record with the change; the argument is untouched"
                        : model.usesWithers() ? "a changed copy, from the class's withers; the argument is untouched"
                        : "the same entity, changed in place");
    }
}
