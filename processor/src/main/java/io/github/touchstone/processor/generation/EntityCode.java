package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.TimestampField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * What every writer needs to write code about one entity: its types as generated methods see
 * them, the parameter name, the number of each field the helper reads and writes (its
 * {@code EntityShape}), and how a field is read and written.
 */
final class EntityCode {

    /**
     * A field the runtime reads and writes by number.
     *
     * @param name the field's name
     * @param access how it is reached
     * @param type its Java type, boxed (the type of a value the runtime passes)
     * @param kind its letter in the {@code EntityShape}
     */
    record Slot(String name, Access access, TypeName type, char kind) {
    }

    private final EntityModel model;
    /** The fields, numbered in order: createdAt and updatedAt first, then the other timestamps and stored durations. */
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Slot> slots = new ArrayList<>();
    /** The fields the helper writes; a duration's start, say, it only reads. */
    private final Set<String> written = new HashSet<>();
    /** The names of the entity's fields and components, which locals must not take. */
    private final Set<String> taken = new HashSet<>();
    private final String parameter;
    /** The type variable of methods generic over subclasses, {@code E} unless the entity's names have it. */
    private final TypeVariableName subclass;

    EntityCode(EntityModel model) {
        this.model = model;
        for (TimestampField field : model.timestampFields()) {
            add(new Slot(field.name(), field.access(), TimeCodec.typeName(field.type()), TimeCodec.code(field.type())));
        }
        model.durations().forEach(d -> d.stored().ifPresent(s -> add(new Slot(s.name(), s.access(),
                TimeCodec.typeName(s.type()).box(), TimeCodec.code(s)))));
        model.lifecycle().ifPresent(l -> written.addAll(List.of(l.createdAt().name(), l.updatedAt().name())));
        model.activities().forEach(a -> written.add(a.field().name()));
        model.expiryFields().forEach(f -> written.add(f.name()));
        model.durations().forEach(d -> d.stored().ifPresent(s -> written.addAll(List.of(s.name(), d.end().name()))));
        taken.addAll(numbers.keySet());
        taken.addAll(model.recordComponents());
        model.changeTracking().ifPresent(t -> t.fields().forEach(f -> taken.add(f.name())));
        String simple = model.type().simpleName();
        this.parameter = free(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
        taken.add(parameter);
        Set<String> typeNames = new HashSet<>(model.type().simpleNames());
        model.typeVariables().forEach(v -> typeNames.add(v.name()));
        String variable = "E";
        while (typeNames.contains(variable)) {
            variable = variable + "E";
        }
        this.subclass = TypeVariableName.get(variable);
    }

    private void add(Slot slot) {
        numbers.put(slot.name(), slots.size());
        slots.add(slot);
    }

    EntityModel model() {
        return model;
    }

    /** The fields the runtime numbers, in order. */
    List<Slot> slots() {
        return slots;
    }

    /** Whether the helper writes the field (it only reads a duration's start, say). */
    boolean isWritten(Slot slot) {
        return written.contains(slot.name());
    }

    /** The number of a timestamp or stored duration in the entity's shape. */
    int number(String field) {
        return numbers.get(field);
    }

    /** The fields as the {@code EntityShape} lists them: {@code createdAt:I updatedAt:I ...}. */
    String shape() {
        StringBuilder shape = new StringBuilder();
        for (Slot slot : slots) {
            shape.append(shape.length() == 0 ? "" : " ").append(slot.name()).append(':').append(slot.kind());
        }
        return shape.toString();
    }

    /**
     * A local name that neither a field of the entity nor the entity parameter has: an entity
     * {@code Limit} or a field {@code ttl} must not clash with a local.
     */
    String free(String preferred) {
        String name = preferred;
        while (taken.contains(name) || SourceVersion.isKeyword(name)) {
            name = name + "_";
        }
        return name;
    }

    /** The name of the entity parameter of every method. */
    String parameter() {
        return parameter;
    }

    /** The entity type with the type variables in scope: {@code Box<T>}, {@code Outer<T>.Inner}. */
    TypeName entityType() {
        return model.genericType();
    }

    /**
     * The entity type as the helper sees every instance, and its runtime base's type argument:
     * {@code Agent}, {@code Box<?>}, {@code Outer<?>.Inner}.
     */
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
     * The type a method that changes the entity takes and returns: the entity, or for a class
     * that may have subclasses a type variable {@code E} bounded by it ({@code E extends Box<?>}
     * for a generic one), so the caller's subclass comes back and one helper serves every subclass.
     */
    TypeName parameterType() {
        return model.isGenericOverSubclasses() ? subclass : entityType();
    }

    /**
     * The type variables a method that changes the entity declares: {@code E extends Agent} for a
     * class generic over subclasses; the entity's own ({@code <T>} of {@code Pair<T>}) otherwise.
     */
    List<TypeVariableName> methodTypeVariables() {
        return model.isGenericOverSubclasses()
                ? List.of(TypeVariableName.get(subclass.name(), anyEntityType()))
                : model.typeVariables();
    }

    /** Whether methods that change the entity are generic over subclasses. */
    boolean isGenericOverSubclasses() {
        return model.isGenericOverSubclasses();
    }

    /** The generated class. */
    ClassName generatedClass() {
        return Names.generatedClass(model);
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
        return CodeBlock.of("$L == null ? null : $L", holder, read(holder, field, access));
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
     * The statements that write {@code value} into a field of an entity changed in place; a field
     * of an embedded value first creates the value while it is {@code null}.
     */
    CodeBlock store(String field, Access access, CodeBlock value) {
        CodeBlock target = CodeBlock.of("$N", parameter);
        CodeBlock.Builder code = CodeBlock.builder();
        Access.Embedding embedding = access.embedding();
        if (embedding != null) {
            code.beginControlFlow("if ($L == null)", read(embedding.field(), embedding.access()))
                    .add(store(embedding.field(), embedding.access(), CodeBlock.of("new $T()", embedding.type())))
                    .endControlFlow();
            target = read(CodeBlock.of("$N", parameter), embedding.field(), embedding.access());
        }
        return switch (access.style()) {
            case FIELD -> code.addStatement("$L.$N = $L", target, field, value).build();
            case ACCESSORS -> code.addStatement("$L.$N($L)", target, access.setter(), value).build();
            case RECORD_COMPONENT, WITHER -> throw new IllegalArgumentException(field + " is not written in place");
        };
    }

    /** The wither's result: {@code e.withUpdatedAt(value)}. */
    CodeBlock wither(Access access, CodeBlock value) {
        return CodeBlock.of("$N.$N($L)", parameter, access.setter(), value);
    }

    /**
     * A new record with {@code values} as the named components and the argument's other
     * components; raw for a generic record (the argument is a {@code Pair<?>}, whose components'
     * types only the argument itself has).
     */
    CodeBlock newRecord(Map<String, CodeBlock> values) {
        CodeBlock arguments = model.recordComponents().stream()
                .map(c -> values.containsKey(c) ? values.get(c) : CodeBlock.of("$N.$N()", parameter, c))
                .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("new $T($L)", model.type(), arguments);
    }

    /**
     * The entity parameter as the runtime base takes it. The Eclipse compiler does not see an
     * {@code Outer<T>.Inner} as an {@code Outer<?>.Inner}: for an inner class of a generic class it
     * is cast through {@code Object} (a checked cast, the target being reifiable).
     */
    CodeBlock runtimeArgument() {
        return isInnerOfGeneric() ? CodeBlock.of("($T) ($T) $N", anyEntityType(), Object.class, parameter)
                : CodeBlock.of("$N", parameter);
    }

    /** Whether the entity is an inner class of a generic class ({@code Outer<T>.Inner}). */
    boolean isInnerOfGeneric() {
        return model.genericType() instanceof ParameterizedTypeName p && p.enclosingType() != null;
    }

    /** Whether the generated class extends a {@code @Timestamped} base that changes copies. */
    boolean changesCopies() {
        return model.changesCopies();
    }
}
