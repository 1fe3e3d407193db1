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
import io.github.touchstone.processor.model.TimestampField;
import java.time.Clock;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>TimestampListener}, the JPA entity listener of an {@code @Entity} or
 * {@code @MappedSuperclass}: {@code @PrePersist} runs {@code onCreate} then {@code check};
 * {@code @PreUpdate} runs {@code touch} unless the application has set {@code updatedAt} since the
 * entity was loaded or last written (what it was then is remembered at {@code @PostLoad},
 * {@code @PostPersist} and {@code @PostUpdate} in an {@code io.github.touchstone.StoredTimestamps}),
 * then {@code check}. For an entity without {@code @Timestamped} both only {@code check}.
 */
public final class ListenerWriter {

    private static final String JPA = "jakarta.persistence";
    private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
    private static final ClassName AUTOWIRED = ClassName.get("org.springframework.beans.factory.annotation", "Autowired");
    private static final ClassName STORED_TIMESTAMPS = ClassName.get("io.github.touchstone", "StoredTimestamps");
    private static final String THROWS =
            "@throws io.github.touchstone.TimestampValidationException if its timestamps are invalid\n";

    private final EntityCode code;
    private final EntityModel model;
    private final boolean injectAvailable;
    private final boolean autowiredAvailable;

    /**
     * {@code injectAvailable}: whether {@code jakarta.inject.Inject} is on the compile classpath;
     * {@code autowiredAvailable}: whether Spring's {@code @Autowired} is.
     */
    public ListenerWriter(EntityModel model, boolean injectAvailable, boolean autowiredAvailable) {
        this.code = new EntityCode(model);
        this.model = model;
        this.injectAvailable = injectAvailable;
        this.autowiredAvailable = autowiredAvailable;
    }

    /** The generated class. */
    public TypeSpec typeSpec() {
        ClassName name = GeneratedClass.LISTENER.of(model);
        ClassName timestamps = GeneratedClass.TIMESTAMPS.of(model);
        ClassName validator = GeneratedClass.VALIDATOR.of(model);
        boolean timestamped = model.lifecycle().isPresent();
        CodeBlock behaviour = timestamped
                ? CodeBlock.of("Before an insert it runs {@code onCreate}. Before an update it sets {@code $L} to now,\n"
                        + "unless the application has set it since the entity was loaded or last written (a\n"
                        + "{@code touch}, a {@code touchAll}, a mark that touches it, a merged copy that carries its\n"
                        + "own): it is a safety net, not a second clock. Then it checks the entity.", updatedAt().name())
                : CodeBlock.of("Before an insert and an update it checks the entity.");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("JPA entity listener for {@link $T}: register it with\n"
                        + "{@code @EntityListeners($T.class)}.\n$L\n"
                        + "An entity with invalid timestamps is refused before it reaches the database with a\n"
                        + "{@link io.github.touchstone.TimestampValidationException} naming every violation.\n",
                        model.type(), name, behaviour);
        MethodSpec.Builder withClock = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Clock.class, "clock")
                .addJavadoc("A listener that reads now from {@code clock}: for tests, and for containers that build\n"
                        + "listeners themselves (CDI, Spring: the application's {@code Clock} bean where it has one).\n\n"
                        + "@param clock the clock, not {@code null}\n"
                        + "@throws NullPointerException if {@code clock} is {@code null}\n");
        if (autowiredAvailable) {
            // optional: a context without a Clock bean falls back to the no-argument constructor
            withClock.addAnnotation(AnnotationSpec.builder(AUTOWIRED).addMember("required", "false").build());
        }
        if (injectAvailable) {
            withClock.addAnnotation(INJECT);
        }
        if (timestamped) {
            type.addField(FieldSpec.builder(timestamps, "timestamps", Modifier.PRIVATE, Modifier.FINAL).build());
            withClock.addStatement("this.timestamps = $T.withClock(clock)", timestamps);
        }
        type.addField(FieldSpec.builder(validator, "validator", Modifier.PRIVATE, Modifier.FINAL).build());
        withClock.addStatement("this.validator = $T.withClock(clock)", validator);
        if (timestamped) {
            type.addField(FieldSpec.builder(STORED_TIMESTAMPS, "stored", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The {@code $L} of every entity instance as it was last loaded or written.\n",
                            updatedAt().name())
                    .initializer("new $T()", STORED_TIMESTAMPS)
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The listener JPA providers create, on {@link $T#systemUTC()}.\n", Clock.class)
                        .addStatement("this($T.systemUTC())", Clock.class)
                        .build())
                .addMethod(withClock.build())
                .addMethod(timestamped ? prePersist() : checkOnly("prePersist", "PrePersist"))
                .addMethod(timestamped ? preUpdate() : checkOnly("preUpdate", "PreUpdate"));
        if (timestamped) {
            type.addMethod(remember());
        }
        return type.build();
    }

    private TimestampField updatedAt() {
        return model.lifecycle().orElseThrow().updatedAt();
    }

    /**
     * A listener field, qualified where the parameter or a local (named after the entity and its
     * fields) would hide it.
     */
    private String member(String field) {
        return code.isLocal(field) ? "this." + field : field;
    }

    /** Starts a callback method: annotations, the entity parameter and its Javadoc. */
    private MethodSpec.Builder callback(String name, String... annotations) {
        TypeName entity = code.anyEntityType();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(entity, code.parameter());
        for (String annotation : annotations) {
            method.addAnnotation(ClassName.get(JPA, annotation));
        }
        return method;
    }

    /** Only {@code check}: the callbacks of an entity without {@code @Timestamped}. */
    private MethodSpec checkOnly(String name, String annotation) {
        String e = code.parameter();
        return callback(name, annotation)
                .addJavadoc("Checks the entity before JPA writes it.\n\n@param $N the entity\n" + THROWS, e)
                .addStatement("$L.check($N)", member("validator"), e)
                .build();
    }

    private MethodSpec prePersist() {
        String e = code.parameter();
        return callback("prePersist", "PrePersist")
                .addJavadoc("Runs {@code $L} and checks the entity before JPA inserts it.\n\n@param $N the entity\n"
                        + THROWS, Names.ON_CREATE, e)
                .addStatement("$L.check($L.$N($N))", member("validator"), member("timestamps"), Names.ON_CREATE, e)
                .build();
    }

    private MethodSpec preUpdate() {
        String e = code.parameter();
        TimestampField updatedAt = updatedAt();
        return callback("preUpdate", "PreUpdate")
                .addJavadoc("Before JPA updates the entity: sets {@code $L} to now, unless the application has set\n"
                        + "it since the entity was loaded or last written; then checks the entity.\n\n"
                        + "@param $N the entity\n" + THROWS, updatedAt.name(), e)
                .beginControlFlow("if ($L.shouldTouch($N, $L))", member("stored"), e, code.read(updatedAt))
                .addStatement("$L.$N($N)", member("timestamps"), Names.TOUCH, e)
                .endControlFlow()
                .addStatement("$L.check($N)", member("validator"), e)
                .build();
    }

    private MethodSpec remember() {
        String e = code.parameter();
        TimestampField updatedAt = updatedAt();
        return callback("remember", "PostLoad", "PostPersist", "PostUpdate")
                .addJavadoc("Remembers {@code $L} as the database holds it, after JPA loads, inserts or updates the\n"
                        + "entity: {@link #preUpdate} sets it only if it is still that value.\n\n@param $N the entity\n",
                        updatedAt.name(), e)
                .addStatement("$L.remember($N, $L)", member("stored"), e, code.read(updatedAt))
                .build();
    }
}
