package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.packageOf;
import static io.github.touchstone.processor.validation.FieldTypes.simpleType;
import static io.github.touchstone.processor.validation.FieldTypes.timeType;

import com.palantir.javapoet.ClassName;
import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one field the helpers use: its timestamp type, and how generated code in the entity's
 * package reaches it (JavaBeans accessors first, then the field, a record's accessor), or
 * reports why it cannot.
 */
final class FieldReader {

    private final Elements elements;
    private final Types types;

    FieldReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * A timestamp field: supported type, not static, not final in a class, reachable (written
     * only where {@code written}).
     */
    Optional<TimestampField> timestamp(EntityDeclaration entity, VariableElement field, boolean written) {
        TypeMirror fieldType = field.asType();
        Optional<TimeType> timeType = timeType(fieldType);
        if (timeType.isEmpty()) {
            Element at = entity.locate(field);
            if (fieldType.getKind() == TypeKind.LONG || fieldType.getKind() == TypeKind.DOUBLE) {
                entity.report().add(at, Message.PRIMITIVE_TYPE, field.getSimpleName(), fieldType,
                        fieldType.getKind() == TypeKind.LONG ? "Long (epoch milliseconds) or Instant"
                                : "Double (epoch seconds) or Instant");
            } else {
                entity.report().add(at, Message.UNSUPPORTED_TYPE, field.getSimpleName(), fieldType,
                        TimeType.supportedList());
            }
            return Optional.empty();
        }
        return access(entity, field, written)
                .map(access -> new TimestampField(field.getSimpleName().toString(), timeType.get(), access));
    }

    /**
     * How generated code reaches a field, or a report of why it cannot; a field of an
     * {@code @Embedded} value through the entity's field that holds the value.
     */
    Optional<Access> access(EntityDeclaration entity, VariableElement field, boolean written) {
        Optional<VariableElement> holder = entity.holderOf(field);
        if (holder.isEmpty()) {
            return access(entity, entity.type(), field, written);
        }
        TypeElement value = (TypeElement) types.asElement(holder.get().asType());
        // the holder is written too: the helpers create the value while it is null
        Optional<Access> outer = access(entity, entity.type(), holder.get(), written);
        Optional<Access> inner = access(entity, value, field, written);
        return outer.flatMap(o -> inner.map(i -> i.in(
                new Access.Embedding(holder.get().getSimpleName().toString(), o, ClassName.get(value)))));
    }

    /** How code in the entity's package reaches a field of {@code type}, the entity or an embedded value. */
    private Optional<Access> access(EntityDeclaration entity, TypeElement type, VariableElement field, boolean written) {
        Element at = entity.locate(field);
        if (field.getModifiers().contains(Modifier.STATIC)) {
            entity.report().add(at, Message.STATIC_FIELD, field.getSimpleName());
            return Optional.empty();
        }
        if (type.getKind() == ElementKind.RECORD && field.getEnclosingElement().equals(type)) {
            return Optional.of(Access.recordComponent());
        }
        String property = Names.capitalize(field.getSimpleName().toString());
        Optional<ExecutableElement> getter = getter(type, field);
        if (written && field.getModifiers().contains(Modifier.FINAL)) {
            return wither(entity, type, field, getter);
        }
        // accessors first: a write to the field of a lazy proxy, or from outside a
        // bytecode-enhanced entity, would be lost
        Optional<ExecutableElement> setter = written ? method(type, "set" + property, 1, field.asType()) : Optional.empty();
        if (getter.isPresent() && (setter.isPresent() || !written)) {
            return Optional.of(Access.accessors(getter.get().getSimpleName().toString(),
                    setter.map(s -> s.getSimpleName().toString()).orElse(null)));
        }
        if (reachable(type, field)) {
            return Optional.of(Access.field());
        }
        List<String> missing = new ArrayList<>();
        if (getter.isEmpty()) {
            missing.add("getter get" + property + "()");
        }
        if (written && setter.isEmpty()) {
            missing.add("setter set" + property + "(" + simpleType(field) + ")");
        }
        entity.report().add(at, Message.UNREACHABLE_FIELD, field.getSimpleName(), visibility(field), type.getSimpleName(),
                String.join(" and ", missing), packageOf(type), lombokHint(type));
        return Optional.empty();
    }

    /**
     * How generated code in the entity's package reads a field it never writes, without
     * reporting: a record's accessor, the JavaBeans getter ({@code getX()}, or {@code isX()} for
     * a {@code boolean}), or the field itself; empty where it can do none of these.
     */
    Optional<Access> reader(TypeElement type, VariableElement field) {
        if (type.getKind() == ElementKind.RECORD && field.getEnclosingElement().equals(type)) {
            return Optional.of(Access.recordComponent());
        }
        Optional<ExecutableElement> getter = getter(type, field);
        if (getter.isEmpty() && field.asType().getKind() == TypeKind.BOOLEAN) {
            getter = method(type, "is" + Names.capitalize(field.getSimpleName().toString()), 0, field.asType());
        }
        if (getter.isPresent()) {
            return Optional.of(Access.accessors(getter.get().getSimpleName().toString(), null));
        }
        return reachable(type, field) ? Optional.of(Access.field()) : Optional.empty();
    }

    /**
     * Why code in another class cannot reach a field, as a message says it: {@code private}, or
     * {@code protected in com.acme.Base}.
     */
    static String visibility(VariableElement field) {
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        return field.getModifiers().contains(Modifier.PRIVATE) ? "private"
                : (field.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private")
                        + " in " + owner.getQualifiedName();
    }

    /**
     * A final field of an immutable class: written through its wither ({@code withUpdatedAt},
     * returning the class, as Lombok's {@code @With} writes it), read through its getter or,
     * where it has none, directly.
     */
    private Optional<Access> wither(EntityDeclaration entity, TypeElement type, VariableElement field,
            Optional<ExecutableElement> getter) {
        String name = "with" + Names.capitalize(field.getSimpleName().toString());
        Optional<ExecutableElement> wither = method(type, name, 1, field.asType())
                .filter(m -> types.isSameType(types.erasure(m.getReturnType()), types.erasure(type.asType())));
        if (wither.isEmpty()) {
            entity.report().add(entity.locate(field), Message.FINAL_FIELD, field.getSimpleName(), type.getSimpleName(),
                    type.getSimpleName() + " " + name + "(" + simpleType(field) + ")");
            return Optional.empty();
        }
        if (getter.isEmpty() && !reachable(type, field)) {
            entity.report().add(entity.locate(field), Message.UNREACHABLE_FIELD, field.getSimpleName(), "private",
                    type.getSimpleName(), "getter get" + Names.capitalize(field.getSimpleName().toString()) + "()",
                    packageOf(type), lombokHint(type));
            return Optional.empty();
        }
        return Optional.of(Access.wither(getter.map(g -> g.getSimpleName().toString()).orElse(null), name));
    }

    /**
     * Processing is over by the time an accessor is missing from a class that carries Lombok
     * annotations (such a class is read a round late): Lombok did not run.
     */
    private static String lombokHint(TypeElement type) {
        return Lombok.isAnnotated(type)
                ? "; the class carries Lombok annotations, but Lombok did not write its accessors:"
                        + " is Lombok on the annotation processor path?"
                : "";
    }

    /** The JavaBeans getter of the field that the entity's package can call. */
    Optional<ExecutableElement> getter(TypeElement type, VariableElement field) {
        return method(type, "get" + Names.capitalize(field.getSimpleName().toString()), 0, field.asType());
    }

    private Optional<ExecutableElement> method(TypeElement type, String name, int parameters, TypeMirror fieldType) {
        return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
                .filter(m -> m.getSimpleName().contentEquals(name))
                .filter(m -> m.getParameters().size() == parameters)
                .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
                .filter(m -> parameters == 0
                        ? types.isSameType(m.getReturnType(), fieldType)
                        : types.isSameType(m.getParameters().get(0).asType(), fieldType))
                .filter(m -> reachable(type, m))
                .findFirst();
    }

    /** Whether code in the entity's package can use a member directly. */
    private static boolean reachable(TypeElement type, Element member) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        if (packageOf(owner).equals(packageOf(type))) {
            return true;
        }
        return member.getModifiers().contains(Modifier.PUBLIC) && owner.getModifiers().contains(Modifier.PUBLIC);
    }
}
