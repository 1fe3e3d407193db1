package io.github.touchstone.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.GeneratedClass;
import io.github.touchstone.processor.model.Names;
import java.time.Clock;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>TimestampListener}, the JPA entity listener of an {@code @Entity} or
 * {@code @MappedSuperclass}: {@code @PrePersist} runs {@code onCreate} then {@code check},
 * {@code @PreUpdate} runs {@code touch} then {@code check} (only {@code check} for an entity
 * without {@code @Timestamped}).
 */
public final class ListenerWriter {

    private static final String JPA = "jakarta.persistence";
    private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");

    private final EntityCode code;
    private final EntityModel model;
    private final boolean injectAvailable;

    /** {@code injectAvailable}: whether {@code jakarta.inject.Inject} is on the compile classpath. */
    public ListenerWriter(EntityModel model, boolean injectAvailable) {
        this.code = new EntityCode(model);
        this.model = model;
        this.injectAvailable = injectAvailable;
    }

    /** The generated class. */
    public TypeSpec typeSpec() {
        ClassName name = GeneratedClass.LISTENER.of(model);
        ClassName timestamps = GeneratedClass.TIMESTAMPS.of(model);
        ClassName validator = GeneratedClass.VALIDATOR.of(model);
        boolean timestamped = model.lifecycle().isPresent();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("JPA entity listener for {@link $T}: register it with\n"
                        + "{@code @EntityListeners($T.class)}. $L\n"
                        + "An entity with invalid timestamps is refused before it reaches the database with a\n"
                        + "{@link io.github.touchstone.TimestampValidationException} naming every violation.\n",
                        model.type(), name, timestamped
                                ? "Before an insert it runs {@code onCreate}, before an update\n{@code touch}; then it checks the entity."
                                : "Before an insert and an update it checks the entity.");
        MethodSpec.Builder withClock = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Clock.class, "clock")
                .addJavadoc("A listener that reads now from {@code clock}: for tests, and for containers that build\n"
                        + "listeners themselves.\n\n@param clock the clock, not {@code null}\n"
                        + "@throws NullPointerException if {@code clock} is {@code null}\n");
        if (injectAvailable) {
            withClock.addAnnotation(INJECT);
        }
        if (timestamped) {
            type.addField(FieldSpec.builder(timestamps, "timestamps", Modifier.PRIVATE, Modifier.FINAL).build());
            withClock.addStatement("this.timestamps = $T.withClock(clock)", timestamps);
        }
        type.addField(FieldSpec.builder(validator, "validator", Modifier.PRIVATE, Modifier.FINAL).build());
        withClock.addStatement("this.validator = $T.withClock(clock)", validator);
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The listener JPA providers create, on {@link $T#systemUTC()}.\n", Clock.class)
                        .addStatement("this($T.systemUTC())", Clock.class)
                        .build())
                .addMethod(withClock.build())
                .addMethod(callback("prePersist", "PrePersist", timestamped ? Names.ON_CREATE : null))
                .addMethod(callback("preUpdate", "PreUpdate", timestamped ? Names.TOUCH : null));
        return type.build();
    }

    /** A callback that runs {@code helperMethod} (if any) and then the validator's {@code check}. */
    private MethodSpec callback(String name, String annotation, String helperMethod) {
        TypeName entity = code.anyEntityType();
        String e = code.parameter();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(ClassName.get(JPA, annotation)).build())
                .addParameter(entity, e)
                .addJavadoc(helperMethod == null ? CodeBlock.of("Checks the entity before JPA writes it.\n\n")
                        : CodeBlock.of("Runs {@code $L} and checks the entity before JPA writes it.\n\n", helperMethod))
                .addJavadoc("@param $N the entity\n", e)
                .addJavadoc("@throws io.github.touchstone.TimestampValidationException if its timestamps are invalid\n");
        // qualified where the parameter (named after the entity) would hide the field
        String validator = e.equals("validator") ? "this.validator" : "validator";
        if (helperMethod == null) {
            method.addStatement("$L.check($N)", validator, e);
        } else {
            method.addStatement("$L.check($L.$N($N))", validator, e.equals("timestamps") ? "this.timestamps" : "timestamps",
                    helperMethod, e);
        }
        return method.build();
    }
}
