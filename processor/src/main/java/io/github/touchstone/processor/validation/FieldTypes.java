package io.github.touchstone.processor.validation;

import io.github.touchstone.processor.model.TimeType;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What the type of a field says about it as a timestamp, and how messages name it. */
final class FieldTypes {

    private FieldTypes() {
    }

    /** The supported timestamp type of a field type, if it is one. */
    static Optional<TimeType> timeType(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? TimeType.ofQualifiedName(erasedName(type)) : Optional.empty();
    }

    /** The qualified name of a declared type, without type arguments. */
    static String erasedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    /** The field's type as a message shows it: {@code Instant}, {@code long}. */
    static String simpleType(VariableElement field) {
        TypeMirror type = field.asType();
        return type.getKind() == TypeKind.DECLARED
                ? ((DeclaredType) type).asElement().getSimpleName().toString()
                : type.toString();
    }

    /** The package an element is declared in, as a message names it ({@code com.acme}). */
    static String packageOf(Element element) {
        Element e = element;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        // not toString(): ECJ prints "package com.acme"
        Name name = ((PackageElement) e).getQualifiedName();
        return name.length() == 0 ? "unnamed package" : name.toString();
    }
}
