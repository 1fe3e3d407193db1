package io.github.touchstone.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimestampField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * What every generator needs to write code about one entity: its types as generated methods
 * see them, the parameter name, and how fields are read into locals and written back.
 *
 * <p>Methods read the fields they use into locals named after the fields. A write assigns the
 * local and, for a class, the field at once; a record is rebuilt from the locals when the
 * method returns.
 */
final class EntityCode {

    private final EntityModel model;
    /** How each field the helpers write is reached, by name. */
    private final Map<String, Access> access = new HashMap<>();
    /** The names of the fields that methods read into locals, and of the parameter and {@code now}. */
    private final Set<String> taken = new HashSet<>();
    private final String parameter;
    private final String now;
    /** The type variable of methods generic over subclasses, {@code E} unless the entity's names have it. */
    private final TypeVariableName subclass;

    EntityCode(EntityModel model) {
        this.model = model;
        model.timestampFields().forEach(f -> access.put(f.name(), f.access()));
        model.durations().forEach(d -> d.stored().ifPresent(s -> access.put(s.name(), s.access())));
        taken.addAll(access.keySet());
        taken.addAll(model.recordComponents());
        String simple = model.type().simpleName();
        this.parameter = free(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
        taken.add(parameter);
        this.now = free("now");
        taken.add(now);
        Set<String> typeNames = new HashSet<>(model.type().simpleNames());
        model.typeVariables().forEach(v -> typeNames.add(v.name()));
        String variable = "E";
        while (typeNames.contains(variable)) {
            variable = variable + "E";
        }
        this.subclass = TypeVariableName.get(variable);
    }

    EntityModel model() {
        return model;
    }

    /**
     * A local name that neither a field of the entity, nor the entity parameter, nor the local
     * {@code now} has: an entity {@code Touched} or {@code Now} must not clash with a local.
     */
    String free(String preferred) {
        String name = preferred;
        while (taken.contains(name) || SourceVersion.isKeyword(name)) {
            name = name + "_";
        }
        return name;
    }

    /** Whether methods may have a parameter or local of that name, which would hide a member. */
    boolean isLocal(String name) {
        return taken.contains(name);
    }

    /** The name of the entity parameter of every method. */
    String parameter() {
        return parameter;
    }

    /** The name of the local that holds the current instant. */
    String now() {
        return now;
    }

    /** The entity type with the type variables in scope: {@code Box<T>}, {@code Outer<T>.Inner}. */
    TypeName entityType() {
        return model.genericType();
    }

    /** The entity type as a validator sees every instance: {@code Box<?>}, {@code Outer<?>.Inner}. */
    TypeName anyEntityType() {
        return wildcards(model.genericType());
    }

    private static TypeName wildcards(TypeName type) {
        if (!(type instanceof ParameterizedTypeName parameterized)) {
            return type;
        }
        List<TypeName> any = parameterized.typeArguments().stream()
                .map(argument -> (TypeName) WildcardTypeName.subtypeOf(Object.class))
                .toList();
        ParameterizedTypeName enclosing = parameterized.enclosingType();
        return enclosing == null
                ? ParameterizedTypeName.get(parameterized.rawType(), any.toArray(TypeName[]::new))
                : ((ParameterizedTypeName) wildcards(enclosing)).nestedClass(parameterized.rawType().simpleName(), any);
    }

    /**
     * The type a helper method takes and returns: the entity, or for a class that may have
     * subclasses a type variable {@code E} bounded by it ({@code E extends Box<?>} for a generic
     * one), so the caller's subclass comes back and one helper serves every subclass.
     */
    TypeName parameterType() {
        return model.isGenericOverSubclasses() ? subclass : entityType();
    }

    /**
     * The type variables every helper method declares: for a class generic over subclasses,
     * {@code E} bounded by the entity with wildcards ({@code E extends Box<?>}), so a list of
     * mixed subclasses can be touched at once.
     */
    List<TypeVariableName> methodTypeVariables() {
        return model.isGenericOverSubclasses()
                ? List.of(TypeVariableName.get(subclass.name(), anyEntityType()))
                : model.typeVariables();
    }

    /**
     * Starts a public method on the entity: type variables, parameter and null check. A method
     * that returns something else than the entity needs no type variable of its own to serve
     * subclasses: it takes any instance ({@code Agent}, {@code Box<?>}).
     */
    MethodSpec.Builder method(String name, TypeName returns) {
        boolean readOnly = model.isGenericOverSubclasses() && !returns.equals(parameterType());
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(readOnly ? List.of() : methodTypeVariables())
                .returns(returns)
                .addParameter(readOnly ? anyEntityType() : parameterType(), parameter)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter,
                        parameter + " must not be null");
    }

    /**
     * An expression reading a field from the entity parameter: {@code null} for a field of an
     * embedded value while the value is {@code null}.
     */
    CodeBlock read(String field, Access access) {
        Access.Embedding embedding = access.embedding();
        if (embedding == null) {
            return read(CodeBlock.of("$N", parameter), field, access);
        }
        CodeBlock holder = read(embedding.field(), embedding.access());
        return CodeBlock.of("($L == null ? null : $L)", holder, read(holder, field, access));
    }

    /** An expression reading a field (a timestamp, a stored duration, a tracked field) from {@code target}. */
    static CodeBlock read(CodeBlock target, String field, Access access) {
        return switch (access.style()) {
            case FIELD -> CodeBlock.of("$L.$N", target, field);
            case ACCESSORS -> CodeBlock.of("$L.$N()", target, access.getter());
            case RECORD_COMPONENT -> CodeBlock.of("$L.$N()", target, field);
            case WITHER -> access.getter() == null ? CodeBlock.of("$L.$N", target, field)
                    : CodeBlock.of("$L.$N()", target, access.getter());
        };
    }

    /**
     * Stores the local named {@code field} into the entity (nothing for a record or a wither, whose
     * change is returned); a field of an embedded value first creates the value while it is {@code null}.
     */
    private CodeBlock store(String field, Access access) {
        return store(field, access, CodeBlock.of("$N", field));
    }

    /** Stores {@code value} into the field of the entity (nothing for a record or a wither). */
    private CodeBlock store(String field, Access access, CodeBlock value) {
        CodeBlock target = CodeBlock.of("$N", parameter);
        CodeBlock.Builder code = CodeBlock.builder();
        Access.Embedding embedding = access.embedding();
        if (embedding != null) {
            target = read(embedding.field(), embedding.access());
            code.beginControlFlow("if ($L == null)", target)
                    .add(assign(CodeBlock.of("$N", parameter), embedding.field(), embedding.access(),
                            CodeBlock.of("new $T()", embedding.type())))
                    .endControlFlow();
        }
        return code.add(assign(target, field, access, value)).build();
    }

    private static CodeBlock assign(CodeBlock target, String field, Access access, CodeBlock value) {
        return switch (access.style()) {
            case FIELD -> CodeBlock.of("$L.$N = $L;\n", target, field, value);
            case ACCESSORS -> CodeBlock.of("$L.$N($L);\n", target, access.setter(), value);
            case RECORD_COMPONENT, WITHER -> CodeBlock.of("");
        };
    }

    /** An expression reading a timestamp from the entity parameter. */
    CodeBlock read(TimestampField field) {
        return read(field.name(), field.access());
    }

    /** {@code Instant createdAt = agent.createdAt;} */
    CodeBlock readLocal(TimestampField field) {
        return CodeBlock.of("$T $N = $L;\n", TimeCodec.typeName(field.type()), field.name(),
                read(field.name(), field.access()));
    }

    /** {@code Long executionTimeMs = session.executionTimeMs;} */
    CodeBlock readLocal(StoredDuration stored) {
        return CodeBlock.of("$T $N = $L;\n", StoredCodec.typeName(stored.type()), stored.name(),
                read(stored.name(), stored.access()));
    }

    /** Sets the local of a field (already read) to {@code value}, and the field itself in a class. */
    CodeBlock write(String field, Access access, CodeBlock value) {
        return CodeBlock.builder().addStatement("$N = $L", field, value).add(store(field, access)).build();
    }

    CodeBlock write(TimestampField field, CodeBlock value) {
        return write(field.name(), field.access(), value);
    }

    /** {@code return} the {@link #changed} entity. */
    CodeBlock returnChanged(Set<String> changed) {
        return CodeBlock.of("return $L;\n", changed(changed));
    }

    /**
     * The changed entity: the parameter for a class changed in place; for a class served
     * through withers, the withers' result for the {@code changed} fields; for a record, a new
     * record of the locals of the {@code changed} components and the other components of the
     * argument.
     */
    CodeBlock changed(Set<String> changed) {
        Map<String, CodeBlock> locals = new LinkedHashMap<>();
        changed.forEach(field -> locals.put(field, CodeBlock.of("$N", field)));
        return changed(locals);
    }

    /**
     * Sets fields to values and returns the entity: in a class changed in place, the stores and
     * {@code return e;}, otherwise {@code return} the {@link #changed(Map) changed} copy.
     */
    CodeBlock returnWith(Map<String, CodeBlock> values) {
        if (model.changesCopies()) {
            return CodeBlock.of("return $L;\n", changed(values));
        }
        return CodeBlock.builder().add(stores(values)).addStatement("return $N", parameter).build();
    }

    /** The stores of {@code values} into the fields of an entity changed in place. */
    CodeBlock stores(Map<String, CodeBlock> values) {
        CodeBlock.Builder stores = CodeBlock.builder();
        values.forEach((field, value) -> stores.add(store(field, access.get(field), value)));
        return stores.build();
    }

    /**
     * The entity with {@code values} in the named fields, as an expression, for an entity that
     * changes copies: the withers' result, or a new record with the other components of the
     * argument; the parameter itself for a class changed in place.
     */
    CodeBlock changed(Map<String, CodeBlock> values) {
        if (model.usesWithers()) {
            CodeBlock.Builder chain = CodeBlock.builder().add("$N", parameter);
            values.forEach((field, value) -> {
                if (access.get(field).style() == Access.Style.WITHER) {
                    chain.add(".$N($L)", access.get(field).setter(), value);
                }
            });
            return chain.build();
        }
        if (!model.isRecord()) {
            return CodeBlock.of("$N", parameter);
        }
        CodeBlock arguments = model.recordComponents().stream()
                .map(c -> values.containsKey(c) ? values.get(c) : CodeBlock.of("$N.$N()", parameter, c))
                .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("new $T$L($L)", model.type(), model.typeVariables().isEmpty() ? "" : "<>", arguments);
    }
}
