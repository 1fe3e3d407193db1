package io.github.touchstone.processor.validation;

import static io.github.touchstone.processor.validation.FieldTypes.packageOf;
import static io.github.touchstone.processor.validation.TouchstoneAnnotations.UNTRACKED;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.ChangeTracking;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.TrackedField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The fields that change detection compares, for a concrete {@code @Timestamped(trackChanges = true)}
 * entity: every instance field it declares or inherits (a record's components), except the
 * lifecycle and activity timestamps, {@code transient} and JPA {@code @Transient} fields and
 * those marked {@code @Untracked}. A field the generated helper cannot read is a warning, and
 * left out.
 */
final class ChangeTrackingReader {

    private final FieldReader fields;
    private final Mirrors mirrors;
    private final Types types;
    private final TypeElement list;
    private final TypeElement set;
    private final TypeElement map;

    ChangeTrackingReader(FieldReader fields, Mirrors mirrors, Elements elements, Types types) {
        this.fields = fields;
        this.mirrors = mirrors;
        this.types = types;
        this.list = elements.getTypeElement("java.util.List");
        this.set = elements.getTypeElement("java.util.Set");
        this.map = elements.getTypeElement("java.util.Map");
    }

    /** Whether the {@code @Timestamped} that applies to the class asks for change detection. */
    boolean tracksChanges(EntityDeclaration entity) {
        return entity.timestamped().map(t -> mirrors.bool(t, "trackChanges")).orElse(false);
    }

    Optional<ChangeTracking> read(EntityDeclaration entity, Optional<Lifecycle> lifecycle, List<Activity> activities) {
        TypeElement type = entity.type();
        if (!tracksChanges(entity) || lifecycle.isEmpty() || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.empty();
        }
        Set<String> untracked = new HashSet<>(List.of(
                lifecycle.get().createdAt().name(), lifecycle.get().updatedAt().name()));
        activities.forEach(a -> untracked.add(a.field().name()));
        List<TrackedField> tracked = new ArrayList<>();
        for (VariableElement field : EntityDeclaration.fields(type).values()) {
            Set<Modifier> modifiers = field.getModifiers();
            if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)
                    || untracked.contains(field.getSimpleName().toString())
                    || Mirrors.has(field, UNTRACKED) || Mirrors.has(field, JpaAnnotations.TRANSIENT)) {
                continue;
            }
            Optional<Access> access = fields.reader(type, field);
            if (access.isEmpty()) {
                String getter = "get" + Names.capitalize(field.getSimpleName().toString());
                entity.warn(entity.locate(field), Message.UNREADABLE_TRACKED_FIELD, field.getSimpleName(),
                        FieldReader.visibility(field), type.getSimpleName(), getter, packageOf(type));
                continue;
            }
            tracked.add(tracked(type, field, access.get()));
        }
        return Optional.of(new ChangeTracking(tracked));
    }

    private TrackedField tracked(TypeElement entity, VariableElement field, Access access) {
        // as the entity sees it: a superclass's T is the entity's argument for it
        TypeMirror type = types.asMemberOf((DeclaredType) entity.asType(), field);
        String name = field.getSimpleName().toString();
        // a type the generated class cannot name (a private nested enum) or a raw type is held as
        // Object, Object[] or a wildcard view: the comparison is the same, and the code compiles clean
        boolean named = nameable(type, packageOf(entity));
        if (type instanceof ArrayType array) {
            boolean primitive = array.getComponentType().getKind().isPrimitive();
            return new TrackedField(name, access, TypeName.get(type),
                    primitive || named ? TypeName.get(type) : ArrayTypeName.of(Object.class),
                    primitive ? TrackedField.Kind.PRIMITIVE_ARRAY : TrackedField.Kind.OBJECT_ARRAY, !primitive && !named);
        }
        for (TypeElement collection : List.of(list, set, map)) {
            Optional<TypeMirror> view = supertype(type, collection);
            if (view.isPresent()) {
                TrackedField.Kind kind = collection == list ? TrackedField.Kind.LIST
                        : collection == set ? TrackedField.Kind.SET : TrackedField.Kind.MAP;
                return new TrackedField(name, access, TypeName.get(type),
                        named ? TypeName.get(view.get()) : wildcards(collection), kind, !named);
            }
        }
        return new TrackedField(name, access, TypeName.get(type),
                named ? TypeName.get(type) : ClassName.get(Object.class), TrackedField.Kind.VALUE, !named);
    }

    /** {@code List<?>}, {@code Set<?>}, {@code Map<?, ?>}. */
    private static TypeName wildcards(TypeElement collection) {
        TypeName any = WildcardTypeName.subtypeOf(Object.class);
        return collection.getTypeParameters().size() == 2
                ? ParameterizedTypeName.get(ClassName.get(collection), any, any)
                : ParameterizedTypeName.get(ClassName.get(collection), any);
    }

    /**
     * Whether generated code in {@code pkg} can write {@code type} without a warning: every class
     * in it accessible from there (no private nested type, no package-private one of another
     * package) and no raw type.
     */
    private static boolean nameable(TypeMirror type, String pkg) {
        return switch (type.getKind()) {
            case ARRAY -> nameable(((ArrayType) type).getComponentType(), pkg);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield (wildcard.getExtendsBound() == null || nameable(wildcard.getExtendsBound(), pkg))
                        && (wildcard.getSuperBound() == null || nameable(wildcard.getSuperBound(), pkg));
            }
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                boolean raw = declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty();
                yield !raw && accessible(element, pkg)
                        && declared.getTypeArguments().stream().allMatch(argument -> nameable(argument, pkg));
            }
            default -> true; // primitives, the entity's type variables
        };
    }

    private static boolean accessible(TypeElement element, String pkg) {
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE) || !modifiers.contains(Modifier.PUBLIC) && !packageOf(t).equals(pkg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The supertype of {@code type} (itself included) whose class is {@code collection}, with its
     * type arguments: {@code List<String>} for an {@code ArrayList<String>}.
     */
    private Optional<TypeMirror> supertype(TypeMirror type, TypeElement collection) {
        if (type instanceof TypeVariable variable) {
            return supertype(variable.getUpperBound(), collection);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        if (types.isSameType(types.erasure(type), types.erasure(collection.asType()))) {
            return Optional.of(type);
        }
        if (!types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
            return Optional.empty();
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            Optional<TypeMirror> found = supertype(supertype, collection);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
