package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
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
    /** The names of the fields that methods read into locals, and of the parameter and {@code now}. */
    private final Set<String> taken = new HashSet<>();
    private final String parameter;
    private final String now;

    EntityCode(EntityModel model) {
        this.model = model;
        model.managedTimestamps().forEach(f -> taken.add(f.name()));
        model.durations().forEach(d -> d.stored().ifPresent(s -> taken.add(s.name())));
        taken.addAll(model.recordComponents());
        String simple = model.type().simpleName();
        this.parameter = free(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
        taken.add(parameter);
        this.now = free("now");
        taken.add(now);
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
     * The type a helper method takes and returns: the entity, or for an abstract class a type
     * variable {@code E} bounded by it, so the caller's subclass comes back.
     */
    TypeName parameterType() {
        return model.isAbstract() ? subclassVariable() : entityType();
    }

    /** The type variables every helper method declares. */
    List<TypeVariableName> methodTypeVariables() {
        return model.isAbstract()
                ? Stream.concat(model.typeVariables().stream(), Stream.of(subclassVariable())).toList()
                : model.typeVariables();
    }

    private TypeVariableName subclassVariable() {
        Set<String> taken = new HashSet<>();
        model.typeVariables().forEach(v -> taken.add(v.name()));
        String name = "E";
        while (taken.contains(name)) {
            name = name + "E";
        }
        return TypeVariableName.get(name, entityType());
    }

    /** Starts a public method on the entity: type variables, parameter and null check. */
    MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(methodTypeVariables())
                .returns(returns)
                .addParameter(parameterType(), parameter)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter,
                        parameter + " must not be null");
    }

    /** An expression reading a field from the entity parameter. */
    CodeBlock read(String field, Access access) {
        return switch (access.style()) {
            case FIELD -> CodeBlock.of("$N.$N", parameter, field);
            case ACCESSORS -> CodeBlock.of("$N.$N()", parameter, access.getter());
            case RECORD_COMPONENT -> CodeBlock.of("$N.$N()", parameter, field);
        };
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
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$N = $L", field, value);
        switch (access.style()) {
            case FIELD -> code.addStatement("$N.$N = $N", parameter, field, field);
            case ACCESSORS -> code.addStatement("$N.$N($N)", parameter, access.setter(), field);
            case RECORD_COMPONENT -> { }
        }
        return code.build();
    }

    /** Declares the local of a field with {@code value}, and sets the field itself in a class. */
    CodeBlock declare(String field, TypeName type, Access access, CodeBlock value) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T $N = $L", type, field, value);
        switch (access.style()) {
            case FIELD -> code.addStatement("$N.$N = $N", parameter, field, field);
            case ACCESSORS -> code.addStatement("$N.$N($N)", parameter, access.setter(), field);
            case RECORD_COMPONENT -> { }
        }
        return code.build();
    }

    CodeBlock declare(TimestampField field, CodeBlock value) {
        return declare(field.name(), TimeCodec.typeName(field.type()), field.access(), value);
    }

    CodeBlock declare(StoredDuration stored, CodeBlock value) {
        return declare(stored.name(), StoredCodec.typeName(stored.type()), stored.access(), value);
    }

    CodeBlock write(TimestampField field, CodeBlock value) {
        return write(field.name(), field.access(), value);
    }

    /**
     * Returns the changed entity: the parameter for a class; for a record, a new record of
     * the locals of the {@code changed} components and the other components of the argument.
     */
    CodeBlock returnChanged(Set<String> changed) {
        if (!model.isRecord()) {
            return CodeBlock.of("return $N;\n", parameter);
        }
        CodeBlock arguments = model.recordComponents().stream()
                .map(c -> changed.contains(c) ? CodeBlock.of("$N", c) : CodeBlock.of("$N.$N()", parameter, c))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("return new $T$L($L);\n", model.type(),
                model.typeVariables().isEmpty() ? "" : "<>", arguments);
    }
}
