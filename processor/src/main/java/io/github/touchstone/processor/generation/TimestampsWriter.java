package io.github.touchstone.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.CheckReturnValue;
import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Expiry;
import io.github.touchstone.processor.model.Lifecycle;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.StoredDuration;
import io.github.touchstone.processor.model.TimeType;
import io.github.touchstone.processor.model.TimestampField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Timestamps}, the one class generated per entity: its helper, its
 * validator and, for a JPA entity, its entity listener. The class extends a base of the runtime
 * ({@code io.github.touchstone.internal}) that holds everything entities share; it holds only
 * its entity's shape, how to read and write the entity's fields by number, {@code validate},
 * and the named methods of its activities, durations and expiries, each one call into the base.
 */
public final class TimestampsWriter {

    private static final ClassName MODE = ClassName.get(EntityTimestamps.Mode.class);
    private static final TypeName OPTIONAL_DURATION = ParameterizedTypeName.get(Optional.class, Duration.class);
    private static final String JPA = "jakarta.persistence";
    private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
    private static final ClassName AUTOWIRED = ClassName.get("org.springframework.beans.factory.annotation", "Autowired");
    /** On a method that casts a copy from the runtime's view of it ({@code Pair<?>}) to its own type ({@code Pair<T>}). */
    private static final AnnotationSpec UNCHECKED =
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

    private final EntityCode code;
    private final EntityModel model;
    private final ClassName name;
    private final boolean listener;

    public TimestampsWriter(EntityModel model) {
        this.code = new EntityCode(model);
        this.model = model;
        this.name = code.generatedClass();
        this.listener = model.persistence() != EntityModel.Persistence.NONE;
    }

    /** The generated class. */
    public TypeSpec typeSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(base())
                .addJavadoc(classDoc())
                .addField(FieldSpec.builder(EntityShape.class, "SHAPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($S,$W$T.$L,$W$S,$W$L,$W$S)", EntityShape.class, model.type().simpleName(),
                                ChronoUnit.class, model.precision().name(), model.futureTolerance(),
                                model.lifecycle().map(Lifecycle::updatedOnCreate).orElse(false), code.shape())
                        .build())
                .addField(FieldSpec.builder(name, "SYSTEM_UTC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($Z$T.systemUTC())", name, Clock.class)
                        .build());
        addConstructors(type);
        type.addMethod(MethodSpec.methodBuilder(Names.SYSTEM_UTC)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addJavadoc("Returns the shared helper on {@link $T#systemUTC()}.\n\n", Clock.class)
                        .addJavadoc("@return the shared instance\n")
                        .addStatement("return SYSTEM_UTC")
                        .build())
                .addMethod(MethodSpec.methodBuilder(Names.WITH_CLOCK)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(Clock.class, "clock")
                        .addJavadoc("Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.\n\n")
                        .addJavadoc("@param clock the clock, not {@code null}\n")
                        .addJavadoc("@return a new helper\n")
                        .addJavadoc("@throws NullPointerException if {@code clock} is {@code null}\n")
                        .addStatement("return new $T(clock)", name)
                        .build())
                .addMethod(new ValidatorWriter(code).validate());
        new FieldAccessWriter(code).addTo(type);
        model.lifecycle().ifPresent(lifecycle -> addLifecycle(type, lifecycle));
        model.activities().forEach(activity -> type.addMethod(mark(activity)));
        model.durations().forEach(duration -> addDuration(type, duration));
        model.expiries().forEach(expiry -> addExpiry(type, expiry));
        model.changeTracking().ifPresent(tracking -> new ChangeDetectionWriter(code, tracking).addTo(type));
        if (listener) {
            addCallbacks(type);
        }
        return type.build();
    }

    /** The runtime base, on the entity as the helper sees every instance ({@code Box<?>}). */
    private TypeName base() {
        return ParameterizedTypeName.get(ClassName.get(EntityTimestamps.class), code.anyEntityType());
    }

    private CodeBlock classDoc() {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Timestamps of {@link $T}: every method that changes an entity sets its timestamps from this "
                        + "helper's clock, truncated to {@code $L}, and returns $L. {@link #validate} checks the "
                        + "timestamps: missing, in the future (beyond {@code $L}), out of order, not at UTC, and stored "
                        + "durations that do not match their interval.\n",
                        model.type(), model.precision().name(), model.isRecord() ? "a new record"
                                : model.usesWithers() ? "a changed copy" : "the entity", model.futureTolerance());
        if (listener) {
            doc.add("\n<p>It is also the entity's JPA entity listener: register it with "
                    + "{@code @EntityListeners($T.class)}. $L An entity with invalid timestamps is refused before it "
                    + "reaches the database with a {@link $T} naming every violation.\n", name,
                    model.lifecycle().isPresent()
                            ? "Before an insert it runs {@code onCreate}. Before an update it sets {@code "
                                    + model.lifecycle().get().updatedAt().name() + "} to now unless the application"
                                    + " has set it since the entity was loaded or last written (a safety net, not a"
                                    + " second clock). Then it checks the entity."
                            : "Before an insert and an update it checks the entity.",
                    TimestampValidationException.class);
        }
        return doc.add("\n<p>Instances are immutable and thread-safe.\n").build();
    }

    private void addConstructors(TypeSpec.Builder type) {
        CodeBlock superCall = CodeBlock.of("super(clock, SHAPE, $T.$L)", MODE, listener ? "JPA_LISTENER"
                : code.changesCopies() ? "COPIES" : "IN_PLACE");
        if (!listener) {
            type.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Clock.class, "clock")
                    .addStatement(superCall)
                    .build());
            return;
        }
        MethodSpec.Builder withClock = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Clock.class, "clock")
                .addJavadoc("The listener a container builds on its clock (CDI, Spring: the application's {@code Clock}\n"
                        + "bean where it has one); also for tests.\n\n"
                        + "@param clock the clock, not {@code null}\n"
                        + "@throws NullPointerException if {@code clock} is {@code null}\n");
        if (model.environment().autowiredAvailable()) {
            // optional: a context without a Clock bean falls back to the no-argument constructor
            withClock.addAnnotation(AnnotationSpec.builder(AUTOWIRED).addMember("required", "false").build());
        }
        if (model.environment().injectAvailable()) {
            withClock.addAnnotation(INJECT);
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The listener JPA providers create, on {@link $T#systemUTC()}.\n", Clock.class)
                        .addStatement("this($T.systemUTC())", Clock.class)
                        .build())
                .addMethod(withClock.addStatement(superCall).build());
    }

    /** The JPA callbacks, each one call into the base: not public API. */
    private void addCallbacks(TypeSpec.Builder type) {
        boolean timestamped = model.lifecycle().isPresent();
        String e = code.parameter();
        type.addMethod(callback("prePersist", "PrePersist")
                        .addJavadoc("{@code @PrePersist}: $L checks the entity.\n",
                                timestamped ? "runs {@code onCreate}, then" : "")
                        .addStatement("beforeInsert($N, $L)", e, timestamped)
                        .build())
                .addMethod(callback("preUpdate", "PreUpdate")
                        .addJavadoc("{@code @PreUpdate}: $L checks the entity.\n", timestamped
                                ? "sets {@code " + model.lifecycle().get().updatedAt().name()
                                        + "} unless the application has, then" : "")
                        .addStatement("beforeUpdate($N, $L)", e, timestamped)
                        .build());
        if (timestamped) {
            type.addMethod(callback("postLoad", "PostLoad", "PostPersist", "PostUpdate")
                    .addJavadoc("Remembers {@code $N} as the database holds it.\n",
                            model.lifecycle().get().updatedAt().name())
                    .addStatement("afterWrite($N)", e)
                    .build());
        }
    }

    private MethodSpec.Builder callback(String method, String... annotations) {
        MethodSpec.Builder callback = MethodSpec.methodBuilder(method)
                .addParameter(code.anyEntityType(), code.parameter());
        for (String annotation : annotations) {
            callback.addAnnotation(ClassName.get(JPA, annotation));
        }
        return callback;
    }

    private void addLifecycle(TypeSpec.Builder type, Lifecycle lifecycle) {
        String createdAt = lifecycle.createdAt().name();
        String updatedAt = lifecycle.updatedAt().name();
        String e = code.parameter();
        type.addMethod(changing(Names.ON_CREATE)
                .addJavadoc("Sets {@code $N} to now if it is {@code null} (it is never overwritten)$L.\n\n", createdAt,
                        lifecycle.updatedOnCreate()
                                ? "; then, if {@code " + updatedAt + "} is {@code null}, sets it to the same instant"
                                : "; {@code " + updatedAt + "} stays {@code null} until the first {@code touch}")
                .addJavadoc(changingDoc(model.changesCopies() ? " (the argument itself where nothing changes)" : ""))
                .addCode(returnChanged(CodeBlock.of("stampCreated($L)", code.runtimeArgument())))
                .build());
        type.addMethod(changing(Names.TOUCH)
                .addJavadoc("Sets {@code $N} to now; {@code $N} is never changed.\n\n", updatedAt, createdAt)
                .addJavadoc(changingDoc(""))
                .addCode(returnChanged(CodeBlock.of("stampTouched($L)", code.runtimeArgument())))
                .build());
        type.addMethod(touchAll(updatedAt));
        TimeType last = lifecycle.createdAt().type() == lifecycle.updatedAt().type()
                ? lifecycle.createdAt().type() : TimeType.INSTANT;
        type.addMethod(reading(Names.UPDATED_AT_OR_CREATED, TimeCodec.typeName(last))
                        .addJavadoc("Returns {@code $N}, or {@code $N} where {@code $N} is {@code null}$L.\n\n",
                                updatedAt, createdAt, updatedAt,
                                last == lifecycle.createdAt().type() ? "" : ", as an {@link Instant}")
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return the last change, or {@code null} if neither timestamp is set\n")
                        .addJavadoc("@throws NullPointerException if {@code $N} is {@code null}\n", e)
                        .addStatement("return ($T) readLastChange($N)", TimeCodec.typeName(last), e)
                        .build())
                .addMethod(reading(Names.AGE, OPTIONAL_DURATION)
                        .addJavadoc("Returns the time from {@code $N} to now.\n\n", createdAt)
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return now minus {@code $N}, or empty if it is {@code null}\n", createdAt)
                        .addJavadoc("@throws NullPointerException if {@code $N} is {@code null}\n", e)
                        .addStatement("return since($N, $L)", e, code.number(createdAt))
                        .build())
                .addMethod(reading(Names.SINCE_LAST_UPDATE, OPTIONAL_DURATION)
                        .addJavadoc("Returns the time from the last change ({@link #updatedAtOrCreated}) to now.\n\n")
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return now minus the last change, or empty if neither timestamp is set\n")
                        .addJavadoc("@throws NullPointerException if {@code $N} is {@code null}\n", e)
                        .addStatement("return readSinceLastChange($N)", e)
                        .build());
    }

    private MethodSpec touchAll(String updatedAt) {
        String entities = code.free("entities");
        TypeName element = code.parameterType();
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), element);
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.TOUCH_ALL)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(code.methodTypeVariables())
                .returns(list)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), element), entities)
                .addJavadoc("Sets {@code $N} of every entity to one identical instant, read once from the clock; "
                        + "every element is checked before any $L.\n\n", updatedAt,
                        model.changesCopies() ? "copy is made" : "entity is changed")
                .addJavadoc(typeVariableDoc())
                .addJavadoc("@param $N the entities, none {@code null}\n", entities)
                .addJavadoc("@return the touched $L in iteration order, unmodifiable$L\n",
                        model.changesCopies() ? "copies" : "entities",
                        model.changesCopies() ? "" : ": a {@code List} argument comes back as a view of itself")
                .addJavadoc("@throws NullPointerException if {@code $N} or one of its elements is {@code null}\n",
                        entities);
        if (!model.changesCopies()) {
            // the loop is here, where each write is this entity's own: a loop in the runtime would
            // call set on every entity type of the application from one call site
            String touched = code.free("touched");
            String now = code.free("now");
            if (code.isInnerOfGeneric()) {
                // the Eclipse compiler sees no Iterable<Outer<T>.Inner> as an Iterable<? extends Outer<?>.Inner>
                method.addAnnotation(UNCHECKED).addStatement("$T $N = ($T) ($T<?>) touchList(($T) ($T<?>) $N)",
                        list, touched, list, List.class,
                        ParameterizedTypeName.get(ClassName.get(Iterable.class), code.anyEntityType()), Iterable.class,
                        entities);
            } else {
                method.addStatement("$T $N = touchList($N)", list, touched, entities);
            }
            return method.addStatement("$T $N = updatedAtNow()", Object.class, now)
                    .beginControlFlow("for ($T $N : $N)", element, code.parameter(), touched)
                    .addStatement("set($L, $L, $N)", code.runtimeArgument(), code.number(updatedAt), now)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList($N)", Collections.class, touched)
                    .build();
        }
        method.addAnnotation(CheckReturnValue.class);
        if (element.equals(code.anyEntityType())) {
            return method.addStatement("return stampTouchedCopies($N)", entities).build();
        }
        // a copy of a Pair<T> is a Pair<T>: the runtime sees it as a Pair<?>
        return method.addAnnotation(UNCHECKED)
                .addStatement("return ($T) ($T<?>) stampTouchedCopies($N)", list, List.class, entities)
                .build();
    }

    private MethodSpec mark(Activity activity) {
        TimestampField field = activity.field();
        return changing(Names.markName(field.name()))
                .addJavadoc("Sets {@code $N} to now$L$L.$L\n\n", field.name(),
                        activity.once() ? " if it is {@code null}" : "",
                        activity.touchesUpdatedAt()
                                ? ", and {@code " + model.lifecycle().orElseThrow().updatedAt().name() + "} to the same instant"
                                : "",
                        activity.once() ? " Once set, it never changes: a refused mark changes nothing." : "")
                .addJavadoc(changingDoc())
                .addCode(returnChanged(CodeBlock.of("mark($L, $L, $L, $L)", code.runtimeArgument(), code.number(field.name()),
                        activity.once(), activity.touchesUpdatedAt())))
                .build();
    }

    private void addDuration(TypeSpec.Builder type, DurationSpec duration) {
        String e = code.parameter();
        String start = duration.start().name();
        String end = duration.end().name();
        type.addMethod(reading(duration.name(), OPTIONAL_DURATION)
                        .addJavadoc("Returns {@code $N - $N}; never throws on a {@code null} end.\n\n", end, start)
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return the duration, or empty if {@code $N} or {@code $N} is {@code null}\n", start, end)
                        .addStatement("return between($N, $L, $L)", e, code.number(start), code.number(end))
                        .build())
                .addMethod(reading(Names.elapsedName(duration.name()), OPTIONAL_DURATION)
                        .addJavadoc("Returns {@code $N - $N}, where a {@code null} {@code $N} counts as now "
                                + "(a running interval).\n\n", end, start, end)
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return the duration so far, or empty if {@code $N} is {@code null}\n", start)
                        .addStatement("return runningBetween($N, $L, $L)", e, code.number(start), code.number(end))
                        .build());
        duration.stored().ifPresent(stored -> {
            Optional<Activity> endActivity = model.activities().stream()
                    .filter(a -> a.field().name().equals(end))
                    .findFirst();
            CodeBlock numbers = CodeBlock.of("$L, $L, $L, $L, $T.$L", code.runtimeArgument(), code.number(stored.name()), code.number(start),
                    code.number(end), ChronoUnit.class, stored.unit().name());
            type.addMethod(changing(Names.computeName(duration.name()))
                            .addJavadoc("Stores {@code $N - $N}$L in {@code $N} when both are set; "
                                    + "otherwise leaves it unchanged.\n\n", end, start, unitDoc(stored), stored.name())
                            .addJavadoc(changingDoc())
                            .addCode(returnChanged(CodeBlock.of("storeBetween($L)", numbers)))
                            .build())
                    .addMethod(changing(Names.completeName(duration.name()))
                            .addJavadoc("Sets {@code $N} to now if it is {@code null}$L, then stores {@code $N - $N}$L"
                                    + " in {@code $N} (unchanged while {@code $N} is {@code null}).\n\n", end,
                                    endActivity.isPresent() ? " (as {@link #" + Names.markName(end) + "} does)" : "",
                                    end, start, unitDoc(stored), stored.name(), start)
                            .addJavadoc(changingDoc())
                            .addCode(returnChanged(CodeBlock.of("completeBetween($L, $L)", numbers,
                                    endActivity.map(Activity::touchesUpdatedAt).orElse(false))))
                            .build());
        });
    }

    private void addExpiry(TypeSpec.Builder type, Expiry expiry) {
        String field = expiry.field().name();
        String e = code.parameter();
        String ttl = code.free("ttl");
        int number = code.number(field);
        type.addMethod(changing(Names.expireInName(expiry.baseName()))
                        .addParameter(Duration.class, ttl)
                        .addJavadoc("Sets {@code $N} to now plus {@code $N}, truncated to {@code $L}; changes nothing else.\n\n",
                                field, ttl, model.precision().name())
                        .addJavadoc(typeVariableDoc())
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@param $N the time to live, zero or positive\n", ttl)
                        .addJavadoc(returnDoc())
                        .addJavadoc("@throws IllegalArgumentException if {@code $N} is negative, or so long that the expiry\n"
                                + "    is past {@code Instant.MAX} (the entity is unchanged)\n", ttl)
                        .addJavadoc("@throws NullPointerException if {@code $N} or {@code $N} is {@code null}\n", e, ttl)
                        .addCode(returnChanged(CodeBlock.of("expiry($L, $L, $N)", code.runtimeArgument(), number, ttl)))
                        .build())
                .addMethod(reading(Names.isExpiredName(expiry.baseName()), TypeName.BOOLEAN)
                        .addJavadoc("Returns whether {@code $N} has passed: now is at or after it.\n\n", field)
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return {@code true} once expired; {@code false} while {@code $N} is {@code null}\n",
                                field)
                        .addStatement("return expired($N, $L)", e, number)
                        .build())
                .addMethod(reading(Names.timeToExpiryName(expiry.baseName()), OPTIONAL_DURATION)
                        .addJavadoc("Returns the time left until {@code $N}.\n\n", field)
                        .addJavadoc("@param $N the entity, not {@code null}\n", e)
                        .addJavadoc("@return {@code $N} minus now, {@link Duration#ZERO} once expired, or empty while it is\n"
                                + "    {@code null}\n", field)
                        .addStatement("return remaining($N, $L)", e, number)
                        .build());
    }

    /**
     * Starts a public method that changes the entity: generic over subclasses for a class changed
     * in place, {@link CheckReturnValue} where it returns a copy.
     */
    private MethodSpec.Builder changing(String method) {
        MethodSpec.Builder builder = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(code.methodTypeVariables())
                .returns(code.parameterType())
                .addParameter(code.parameterType(), code.parameter());
        if (code.changesCopies()) {
            builder.addAnnotation(CheckReturnValue.class);
            if (!code.parameterType().equals(code.anyEntityType())) {
                builder.addAnnotation(UNCHECKED);
            }
        }
        return builder;
    }

    /** Starts a public method that reads the entity: it takes any instance ({@code Agent}, {@code Box<?>}). */
    private MethodSpec.Builder reading(String method, TypeName returns) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(code.anyEntityType(), code.parameter());
    }

    /**
     * {@code call; return e;} for a class changed in place; {@code return call;} for a copy, cast
     * from the runtime's view ({@code Pair<?>}) to the method's type ({@code Pair<T>}).
     */
    private CodeBlock returnChanged(CodeBlock call) {
        if (!code.changesCopies()) {
            return CodeBlock.of("$L;\nreturn $N;\n", call, code.parameter());
        }
        return code.parameterType().equals(code.anyEntityType()) ? CodeBlock.of("return $L;\n", call)
                : CodeBlock.of("return ($T) $L;\n", code.parameterType(), call);
    }

    private static String unitDoc(StoredDuration stored) {
        return stored.type() == StoredDuration.Type.DURATION && !stored.truncated()
                ? "" : " (in {@code " + stored.unit().name() + "}, truncated)";
    }

    private CodeBlock changingDoc() {
        return changingDoc("");
    }

    private CodeBlock changingDoc(String returnNote) {
        return CodeBlock.of("$L@param $N the entity, not {@code null}\n$L@throws NullPointerException if {@code $N} is"
                + " {@code null}\n", typeVariableDoc(), code.parameter(), returnDoc(returnNote), code.parameter());
    }

    /** {@code @param <E>} of a method generic over subclasses, {@code @param <T>} of one over the entity's. */
    private CodeBlock typeVariableDoc() {
        CodeBlock.Builder doc = CodeBlock.builder();
        code.methodTypeVariables().forEach(v -> doc.add("@param <$L> $L\n", v.name(), code.isGenericOverSubclasses()
                ? "the entity's class" : "the entity's type argument"));
        return doc.build();
    }

    private CodeBlock returnDoc() {
        return returnDoc("");
    }

    private CodeBlock returnDoc(String note) {
        return CodeBlock.of("@return $L$L\n", model.isRecord() ? "a new record with the change; the argument is untouched"
                : model.usesWithers() ? "a changed copy, from the class's withers; the argument is untouched"
                : "the same entity, changed in place", note);
    }
}
