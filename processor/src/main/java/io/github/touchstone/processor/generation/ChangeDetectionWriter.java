package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.touchstone.CheckReturnValue;
import io.github.touchstone.internal.Copies;
import io.github.touchstone.processor.model.ChangeTracking;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.TrackedField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Adds change detection ({@code @Timestamped(trackChanges = true)}) to {@code <Entity>Timestamps}:
 * for a class changed in place, a nested {@code Snapshot} record with {@code snapshot},
 * {@code changedSince} and {@code touchIfChanged}; for a record, or a class served through
 * withers (whose touch returns a copy), {@code changed} and {@code touchIfChanged} over two
 * instances.
 */
final class ChangeDetectionWriter {

    private final EntityCode code;
    private final EntityModel model;
    private final ChangeTracking tracking;

    ChangeDetectionWriter(EntityCode code, ChangeTracking tracking) {
        this.code = code;
        this.model = code.model();
        this.tracking = tracking;
    }

    void addTo(TypeSpec.Builder type) {
        if (model.changesCopies()) {
            addInstanceComparison(type);
        } else {
            addSnapshots(type);
        }
    }

    private void addSnapshots(TypeSpec.Builder type) {
        String e = code.parameter();
        String before = code.free("before");
        // any instance (Box<?>): a snapshot of one Box<?> expression can be compared with another
        TypeName entity = code.anyEntityType();
        ClassName snapshotName = code.generatedClass().nestedClass(Names.SNAPSHOT_TYPE);
        TypeName snapshot = model.typeVariables().isEmpty() ? snapshotName
                : ParameterizedTypeName.get(snapshotName, model.typeVariables().stream()
                        .map(v -> WildcardTypeName.subtypeOf(Object.class)).toArray(TypeName[]::new));
        TypeSpec.Builder record = TypeSpec.recordBuilder(snapshotName)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(model.typeVariables())
                .addJavadoc("The tracked fields of {@link $T} at one moment, for {@link #$N} and {@link #$N}:\n"
                        + "arrays and collections are copies, so a change made to them in place counts.\n\n",
                        model.type(), Names.CHANGED_SINCE, Names.TOUCH_IF_CHANGED);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        CodeBlock.Builder values = CodeBlock.builder();
        CodeBlock.Builder differs = CodeBlock.builder();
        for (TrackedField field : tracking.fields()) {
            record.addJavadoc("@param $N the value of {@code $N}\n", field.name(), field.name());
            constructor.addParameter(ParameterSpec.builder(field.snapshotType(), field.name()).build());
            CodeBlock value = read(field);
            values.add(values.isEmpty() ? "$L" : ",$W$L", copy(field, value));
            differs.add(differs.isEmpty() ? "$L" : "$W|| $L", differs(field, value, CodeBlock.of("$N.$N()", before, field.name())));
        }
        if (tracking.fields().stream().anyMatch(ChangeDetectionWriter::isArray)) {
            addArrayAwareMembers(record, snapshot);
        }
        type.addType(record.recordConstructor(constructor.build()).build());
        type.addMethod(MethodSpec.methodBuilder(Names.SNAPSHOT)
                .addModifiers(Modifier.PUBLIC)
                .returns(snapshot)
                .addParameter(entity, e)
                .addJavadoc("Returns the tracked fields of the entity as they are now.\n\n")
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@return a snapshot to pass to {@link #$N} later\n", Names.TOUCH_IF_CHANGED)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, e, e + " must not be null")
                .addStatement("return new $T$L($L)", snapshotName, model.typeVariables().isEmpty() ? "" : "<>", values.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.CHANGED_SINCE)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(entity, e)
                .addParameter(snapshot, before)
                .addJavadoc("Returns whether a tracked field differs from {@code $N}: compared with {@code equals},\n"
                        + "arrays by content.\n\n", before)
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@param $N a {@link #$N} of it, not {@code null}\n", before, Names.SNAPSHOT)
                .addJavadoc("@return {@code true} if a tracked field changed\n")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, e, e + " must not be null")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, before, before + " must not be null")
                .addStatement("return $L", differs.isEmpty() ? CodeBlock.of("false") : differs.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.TOUCH_IF_CHANGED)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(entity, e)
                .addParameter(snapshot, before)
                .addJavadoc("Touches the entity ({@link #$N}) if a tracked field differs from {@code $N};\n"
                        + "otherwise changes nothing.\n\n", Names.TOUCH, before)
                .addJavadoc("@param $N the entity, not {@code null}\n", e)
                .addJavadoc("@param $N a {@link #$N} of it, not {@code null}\n", before, Names.SNAPSHOT)
                .addJavadoc("@return {@code true} if it changed and was touched\n")
                .beginControlFlow("if (!$N($N, $N))", Names.CHANGED_SINCE, e, before)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$N($N)", Names.TOUCH, e)
                .addStatement("return true")
                .build());
    }

    private void addInstanceComparison(TypeSpec.Builder type) {
        String before = code.free("before");
        String after = code.free("after");
        TypeName any = code.anyEntityType();
        CodeBlock.Builder differs = CodeBlock.builder();
        for (TrackedField field : tracking.fields()) {
            differs.add(differs.isEmpty() ? "$L" : "$W|| $L", differs(field,
                    read(CodeBlock.of("$N", after), field), read(CodeBlock.of("$N", before), field)));
        }
        type.addMethod(MethodSpec.methodBuilder(Names.CHANGED)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(any, before)
                .addParameter(any, after)
                .addJavadoc("Returns whether a tracked $L differs between two instances: compared with\n"
                        + "{@code equals}, arrays by content.\n\n", model.isRecord() ? "component" : "field")
                .addJavadoc("@param $N the instance before the change, not {@code null}\n", before)
                .addJavadoc("@param $N the instance after it, not {@code null}\n", after)
                .addJavadoc("@return {@code true} if a tracked $L differs\n", model.isRecord() ? "component" : "field")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, before, before + " must not be null")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, after, after + " must not be null")
                .addStatement("return $L", differs.isEmpty() ? CodeBlock.of("false") : differs.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.TOUCH_IF_CHANGED)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(CheckReturnValue.class)
                .returns(any)
                .addParameter(any, before)
                .addParameter(any, after)
                .addJavadoc("Returns {@code $N} touched ({@link #$N}) if a tracked $L differs from {@code $N},\n"
                        + "else {@code $N} itself.\n\n", after, Names.TOUCH, model.isRecord() ? "component" : "field",
                        before, after)
                .addJavadoc("@param $N the instance before the change, not {@code null}\n", before)
                .addJavadoc("@param $N the instance after it, not {@code null}\n", after)
                .addJavadoc("@return a touched copy of {@code $N}, or {@code $N} if nothing changed\n", after, after)
                .addStatement("return $N($N, $N) ? $N($N) : $N", Names.CHANGED, before, after, Names.TOUCH, after, after)
                .build());
    }

    private static boolean isArray(TrackedField field) {
        return field.kind() == TrackedField.Kind.PRIMITIVE_ARRAY || field.kind() == TrackedField.Kind.OBJECT_ARRAY;
    }

    /**
     * A record's own {@code equals}, {@code hashCode} and {@code toString} treat an array as an
     * object (identity, identity hash, {@code [I@1b6d3586}): a snapshot with an array compares
     * and prints its content instead.
     */
    private void addArrayAwareMembers(TypeSpec.Builder record, TypeName snapshot) {
        // the components are in scope: a tracked field "other" must not be hidden
        Set<String> components = new HashSet<>();
        tracking.fields().forEach(f -> components.add(f.name()));
        String other = "other";
        while (components.contains(other)) {
            other = other + "_";
        }
        String that = "that";
        while (components.contains(that)) {
            that = that + "_";
        }
        CodeBlock.Builder same = CodeBlock.builder();
        CodeBlock.Builder hashes = CodeBlock.builder();
        CodeBlock.Builder shown = CodeBlock.builder();
        String separator = Names.SNAPSHOT_TYPE + "[";
        for (TrackedField field : tracking.fields()) {
            CodeBlock mine = CodeBlock.of("$N", field.name());
            same.add("$W&& $L", same(field, mine, CodeBlock.of("$N.$N", that, field.name())));
            hashes.add(hashes.isEmpty() ? "$L" : ",$W$L", switch (field.kind()) {
                case PRIMITIVE_ARRAY -> CodeBlock.of("$T.hashCode($N)", Arrays.class, field.name());
                case OBJECT_ARRAY -> CodeBlock.of("$T.deepHashCode($N)", Arrays.class, field.name());
                default -> mine;
            });
            shown.add(shown.isEmpty() ? "$S$W+ $L" : "$W+ $S$W+ $L", separator + field.name() + "=", switch (field.kind()) {
                case PRIMITIVE_ARRAY -> CodeBlock.of("$T.toString($N)", Arrays.class, field.name());
                case OBJECT_ARRAY -> CodeBlock.of("$T.deepToString($N)", Arrays.class, field.name());
                default -> mine;
            });
            separator = ", ";
        }
        record.addMethod(MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(Object.class, other)
                        .addJavadoc("Compares the tracked values, arrays by content.\n\n")
                        .addJavadoc("@param $N another object\n@return whether it is a snapshot of the same values\n", other)
                        .addStatement("return $N instanceof $T $N$L", other, snapshot, that, same.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.INT)
                        .addJavadoc("Hashes the tracked values, arrays by content.\n\n@return the hash code\n")
                        .addStatement("return $T.hash($L)", Objects.class, hashes.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("Shows the tracked values, arrays by content.\n\n@return the values, as a record shows them\n")
                        .addStatement("return $L$W+ $S", shown.build(), "]")
                        .build());
    }

    /** The tracked value as the entity parameter holds it. */
    private CodeBlock read(TrackedField field) {
        return code.read(field.name(), field.access());
    }

    private static CodeBlock read(CodeBlock target, TrackedField field) {
        return EntityCode.read(target, field.name(), field.access());
    }

    /**
     * The value as a snapshot keeps it: arrays and collections copied (arrays of arrays deeply);
     * a value the snapshot holds as a wildcard view is cast to it first.
     */
    private static CodeBlock copy(TrackedField field, CodeBlock value) {
        CodeBlock held = field.erased() ? CodeBlock.of("($T) $L", field.snapshotType(), value) : value;
        return switch (field.kind()) {
            case VALUE -> value;
            case PRIMITIVE_ARRAY -> CodeBlock.of("$T.$Ls($L)", Copies.class,
                    ((ArrayTypeName) field.type()).componentType(), value);
            case OBJECT_ARRAY -> CodeBlock.of("$T.objects($L)", Copies.class, held);
            case LIST -> CodeBlock.of("$T.list($L)", Copies.class, held);
            case SET -> CodeBlock.of("$T.set($L)", Copies.class, held);
            case MAP -> CodeBlock.of("$T.map($L)", Copies.class, held);
        };
    }

    /** Whether two values of a tracked field are the same, without allocating. */
    private static CodeBlock same(TrackedField field, CodeBlock a, CodeBlock b) {
        return compared(field, a, b, true);
    }

    /** Whether two values of a tracked field differ, without allocating. */
    private static CodeBlock differs(TrackedField field, CodeBlock a, CodeBlock b) {
        return compared(field, a, b, false);
    }

    /**
     * {@code a} and {@code b} compared with {@code equals}, arrays by content, a primitive as its box
     * does (for floating point NaN equals NaN and 0.0 differs from -0.0): whether they are the
     * same where {@code same}, else whether they differ.
     */
    private static CodeBlock compared(TrackedField field, CodeBlock a, CodeBlock b, boolean same) {
        String not = same ? "" : "!";
        String equality = same ? "==" : "!=";
        return switch (field.kind()) {
            case VALUE -> !field.type().isPrimitive() ? CodeBlock.of("$L$T.equals($L, $L)", not, Objects.class, a, b)
                    : field.type().equals(TypeName.DOUBLE) ? CodeBlock.of("$T.compare($L, $L) $L 0", Double.class, a, b, equality)
                    : field.type().equals(TypeName.FLOAT) ? CodeBlock.of("$T.compare($L, $L) $L 0", Float.class, a, b, equality)
                    : CodeBlock.of("$L $L $L", a, equality, b);
            case PRIMITIVE_ARRAY -> CodeBlock.of("$L$T.equals($L, $L)", not, Arrays.class, a, b);
            case OBJECT_ARRAY -> CodeBlock.of("$L$T.deepEquals($L, $L)", not, Arrays.class, a, b);
            case LIST, SET, MAP -> CodeBlock.of("$L$T.equals($L, $L)", not, Objects.class, a, b);
        };
    }
}
