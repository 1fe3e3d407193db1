package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compileAndLoadJpa;
import static io.github.touchstone.processor.Compilations.source;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The JPA entity listener: generated only for JPA entities, and only where JPA is on the classpath. */
class ListenerTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final Instant T1 = Instant.parse("2026-03-01T11:00:00.654321Z");

    static final JavaFileObject ORDER = source("com.acme.Order", """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EntityListeners;
            import jakarta.persistence.Id;
            import java.time.Instant;

            @Entity
            @EntityListeners(OrderTimestamps.class)
            @Timestamped
            @SuppressWarnings("touchstone") // TS210: the fields are reached directly
            public class Order {
                @Id
                Long id;
                @Column(updatable = false)
                Instant createdAt;
                Instant updatedAt;
            }
            """);

    private static Object listener(GeneratedClasses classes, String name, Instant now) {
        try {
            return classes.type(name).getConstructor(Clock.class).newInstance(Clock.fixed(now, ZoneOffset.UTC));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls the listener method annotated {@code callback}, unwrapping what it throws. */
    private static void callback(Object listener, Class<? extends java.lang.annotation.Annotation> callback, Object entity)
            throws Throwable {
        // the callbacks are not public API: declared, package-private
        Method method = Arrays.stream(listener.getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(callback)).findFirst()
                .orElseThrow(() -> new AssertionError("no @" + callback.getSimpleName() + " method"));
        assertFalse(java.lang.reflect.Modifier.isPublic(method.getModifiers()), "a callback is not public API");
        method.setAccessible(true);
        assertEquals(void.class, method.getReturnType());
        try {
            method.invoke(listener, entity);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void prePersistCreatesAndPreUpdateTouchesThenBothCheck() throws Throwable {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Object order = classes.create("com.acme.Order");

        callback(listener(classes, "com.acme.OrderTimestamps", T0), PrePersist.class, order);
        assertEquals(T0, get(order, "createdAt"));
        assertEquals(T0, get(order, "updatedAt"));

        callback(listener(classes, "com.acme.OrderTimestamps", T1), PreUpdate.class, order);
        assertEquals(T0, get(order, "createdAt"), "createdAt never changes on update");
        assertEquals(T1, get(order, "updatedAt"));
    }

    @Test
    void invalidEntityIsRefusedWithEveryViolation() {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Object order = classes.create("com.acme.Order");
        set(order, "createdAt", T1.plusSeconds(3600));

        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> callback(listener(classes, "com.acme.OrderTimestamps", T1), PreUpdate.class, order));
        List<TimestampViolation.Rule> rules = refused.violations().stream().map(TimestampViolation::rule).toList();
        assertEquals(List.of(TimestampViolation.Rule.IN_FUTURE, TimestampViolation.Rule.BEFORE_CREATED_AT), rules,
                refused.getMessage());
    }

    @Test
    void noArgumentConstructorForProvidersAndInjectableClockConstructor() throws Exception {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Class<?> listener = classes.type("com.acme.OrderTimestamps");
        assertNotNull(listener.getConstructor().newInstance());
        assertTrue(listener.getConstructor(Clock.class).isAnnotationPresent(Inject.class));
        assertEquals(Optional.empty(), autowired(listener.getConstructor(Clock.class)), "no Spring on the classpath");
    }

    /** Spring's {@code @Autowired}, as spring-beans declares it. */
    static final JavaFileObject AUTOWIRED = source("org.springframework.beans.factory.annotation.Autowired", """
            package org.springframework.beans.factory.annotation;

            import java.lang.annotation.Documented;
            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;

            @Target({ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD,
                    ElementType.ANNOTATION_TYPE})
            @Retention(RetentionPolicy.RUNTIME)
            @Documented
            public @interface Autowired {
                boolean required() default true;
            }
            """);

    /** The {@code required} value of the constructor's {@code @Autowired}, if it has one. */
    private static Optional<Boolean> autowired(Constructor<?> constructor) throws ReflectiveOperationException {
        for (Annotation annotation : constructor.getAnnotations()) {
            if (annotation.annotationType().getName().equals("org.springframework.beans.factory.annotation.Autowired")) {
                return Optional.of((Boolean) annotation.annotationType().getMethod("required").invoke(annotation));
            }
        }
        return Optional.empty();
    }

    @Test
    void whereSpringIsOnTheClasspathTheClockConstructorIsAutowiredButNotRequired() throws Exception {
        GeneratedClasses classes = compileAndLoadJpa(ORDER, AUTOWIRED);
        Constructor<?> withClock = classes.type("com.acme.OrderTimestamps").getConstructor(Clock.class);
        assertEquals(Optional.of(false), autowired(withClock),
                "Spring builds the listener on the application's Clock bean, and without one on the no-argument constructor");
        assertTrue(withClock.isAnnotationPresent(Inject.class), "and @Inject stays for CDI");
        assertNotNull(classes.type("com.acme.OrderTimestamps").getConstructor().newInstance());
    }

    // ---------------------------------------------------------------------------------------------
    // the safety net: @PreUpdate sets updatedAt only where the application left it as stored

    /** One @Timestamped entity per supported type, {@code com.acme.<Kind>Order}. */
    private static JavaFileObject orderOf(TimeKind kind) {
        String name = kindName(kind) + "Order";
        return source("com.acme." + name, """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                @Timestamped
                @SuppressWarnings("touchstone")
                public class %s {
                    @Id
                    Long id;
                    @Column(updatable = false)
                    %s createdAt;
                    %s updatedAt;
                    String note;
                }
                """.formatted(name, kind.source, kind.source));
    }

    private static String kindName(TimeKind kind) {
        StringBuilder name = new StringBuilder();
        for (String word : kind.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }

    @Test
    void preUpdateKeepsAnUpdatedAtTheApplicationSetSinceLoadAndTouchesOneItLeftAlone() throws Throwable {
        List<JavaFileObject> sources = new ArrayList<>();
        for (TimeKind kind : TimeKind.values()) {
            sources.add(orderOf(kind));
        }
        GeneratedClasses classes = compileAndLoadJpa(sources.toArray(JavaFileObject[]::new));
        Instant set = T0.plusSeconds(5);
        for (TimeKind kind : TimeKind.values()) {
            String entity = "com.acme." + kindName(kind) + "Order";
            Object listener = listener(classes, entity + "Timestamps", T1);
            Object order = classes.create(entity);
            set(order, "createdAt", kind.of(T0));
            set(order, "updatedAt", kind.of(T0));
            callback(listener, PostLoad.class, order);

            set(order, "updatedAt", kind.of(set)); // a touch, a touchAll, a mark that touches it, a merge
            callback(listener, PreUpdate.class, order);
            assertEquals(kind.of(set), get(order, "updatedAt"), kind + ": set by the application, kept");
            callback(listener, PostUpdate.class, order);

            set(order, "note", "changed"); // a business change without a touch
            callback(listener, PreUpdate.class, order);
            assertEquals(kind.of(T1), get(order, "updatedAt"), kind + ": left as stored, touched");
            callback(listener, PostUpdate.class, order);

            callback(listener, PreUpdate.class, order);
            assertEquals(kind.of(T1), get(order, "updatedAt"), kind + ": touched again, at the listener's now");
        }
    }

    @Test
    void whatWasInsertedIsRememberedAndAnUnseenEntityOrANullUpdatedAtIsTouched() throws Throwable {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Object listener = listener(classes, "com.acme.OrderTimestamps", T1);
        Object inserted = classes.create("com.acme.Order");
        set(inserted, "createdAt", T0);
        callback(listener, PrePersist.class, inserted);
        callback(listener, PostPersist.class, inserted);
        assertEquals(T0, get(inserted, "updatedAt"), "onCreate: updatedAt = createdAt");
        callback(listener, PreUpdate.class, inserted);
        assertEquals(T1, get(inserted, "updatedAt"), "left as inserted: touched");

        Object unseen = classes.create("com.acme.Order");
        set(unseen, "createdAt", T0);
        set(unseen, "updatedAt", T0.plusSeconds(1));
        callback(listener, PreUpdate.class, unseen);
        assertEquals(T1, get(unseen, "updatedAt"), "never loaded through this listener: nothing shows it was set");

        Object cleared = classes.create("com.acme.Order");
        set(cleared, "createdAt", T0);
        set(cleared, "updatedAt", T0);
        callback(listener, PostLoad.class, cleared);
        set(cleared, "updatedAt", null);
        callback(listener, PreUpdate.class, cleared);
        assertEquals(T1, get(cleared, "updatedAt"), "an updated row always gets a timestamp");
    }

    @Test
    void theListenerReadsUpdatedAtThroughItsGetterWhereTheEntityHasAccessors() throws Throwable {
        JavaFileObject member = source("com.acme.Member", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EntityListeners;
                import jakarta.persistence.Id;
                import java.time.Instant;

                @Entity
                @EntityListeners(MemberTimestamps.class)
                @Timestamped
                public class Member {
                    @Id
                    private Long id;
                    @Column(updatable = false)
                    private Instant createdAt;
                    private Instant updatedAt;

                    public Instant getCreatedAt() {
                        return createdAt;
                    }

                    public void setCreatedAt(Instant createdAt) {
                        this.createdAt = createdAt;
                    }

                    public Instant getUpdatedAt() {
                        return updatedAt;
                    }

                    public void setUpdatedAt(Instant updatedAt) {
                        this.updatedAt = updatedAt;
                    }
                }
                """);
        Compilation compilation = Compilations.compile(member);
        String code = compilation.generatedSourceFile("com.acme.MemberTimestamps").orElseThrow()
                .getCharContent(true).toString();
        // the runtime reads updatedAt through get, which calls the getter
        assertTrue(code.contains("case 1 -> member.getUpdatedAt();"), code);
        assertTrue(code.contains("case 1 -> member.setUpdatedAt((Instant) value);"), code);

        GeneratedClasses classes = compileAndLoadJpa(member);
        Object listener = listener(classes, "com.acme.MemberTimestamps", T1);
        Object loaded = classes.create("com.acme.Member");
        set(loaded, "createdAt", T0);
        set(loaded, "updatedAt", T0);
        callback(listener, PostLoad.class, loaded);
        set(loaded, "updatedAt", T0.plusSeconds(2));
        callback(listener, PreUpdate.class, loaded);
        assertEquals(T0.plusSeconds(2), get(loaded, "updatedAt"));
    }

    @Test
    void anEntityNamedLikeAListenerFieldGetsACompilingListener() throws Throwable {
        GeneratedClasses classes = compileAndLoadJpa(source("com.acme.Stored", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import java.time.Instant;

                @Entity
                @Timestamped
                @SuppressWarnings("touchstone") // TS210, TS211: the listener's field names are what this is about
                public class Stored {
                    @Id
                    Long id;
                    @Column(updatable = false)
                    Instant createdAt;
                    Instant updatedAt;
                }
                """));
        Object listener = listener(classes, "com.acme.StoredTimestamps", T1);
        Object stored = classes.create("com.acme.Stored");
        set(stored, "createdAt", T0);
        set(stored, "updatedAt", T0);
        callback(listener, PostLoad.class, stored);
        callback(listener, PreUpdate.class, stored);
        assertEquals(T1, get(stored, "updatedAt"));
    }

    @Test
    void entityWithoutTimestampedOnlyChecks() throws Throwable {
        GeneratedClasses classes = compileAndLoadJpa(source("com.acme.Run", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Duration;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import java.time.Instant;

                @Entity
                @SuppressWarnings("touchstone") // TS210, TS211: fields reached directly, no listener registered
                public class Run {
                    @Id
                    Long id;
                    @ActivityTimestamp
                    Instant startTime;
                    @ActivityTimestamp
                    Instant endTime;
                    @Duration(start = "startTime", end = "endTime")
                    Long runtimeMs;
                }
                """));
        Object run = classes.create("com.acme.Run");
        Object listener = listener(classes, "com.acme.RunTimestamps", T1);
        callback(listener, PrePersist.class, run);
        assertEquals(null, get(run, "startTime"), "nothing is set without @Timestamped");

        set(run, "startTime", T0);
        set(run, "endTime", T1);
        set(run, "runtimeMs", 1L);
        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> callback(listener, PreUpdate.class, run));
        assertEquals(TimestampViolation.Rule.DURATION_MISMATCH, refused.violations().get(0).rule());
    }

    @Test
    void mappedSuperclassListenerServesEverySubclass() throws Throwable {
        GeneratedClasses classes = compileAndLoadJpa(
                source("com.acme.BaseEntity", """
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import jakarta.persistence.Column;
                        import jakarta.persistence.MappedSuperclass;
                        import java.time.Instant;

                        @MappedSuperclass
                        @Timestamped
                        @SuppressWarnings("touchstone") // TS210: the fields are reached directly
                        public abstract class BaseEntity {
                            @Column(updatable = false)
                            Instant createdAt;
                            Instant updatedAt;
                        }
                        """),
                source("com.acme.Task", """
                        package com.acme;

                        import jakarta.persistence.Entity;
                        import jakarta.persistence.EntityListeners;
                        import jakarta.persistence.Id;

                        @Entity
                        @EntityListeners(BaseEntityTimestamps.class)
                        public class Task extends BaseEntity {
                            @Id
                            Long id;
                        }
                        """));
        Object task = classes.create("com.acme.Task");
        callback(listener(classes, "com.acme.BaseEntityTimestamps", T0), PrePersist.class, task);
        assertEquals(T0, get(task, "createdAt"));
    }

    @Test
    void plainEntityGetsNoListener() throws java.io.IOException {
        Compilation compilation = Compilations.compileStrict(source("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Agent {
                    Instant createdAt;
                    Instant updatedAt;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        // one class, with no listener callbacks for a class JPA does not manage
        assertEquals(List.of("AgentTimestamps.java"), compilation.generatedSourceFiles().stream()
                .map(f -> f.getName().substring(f.getName().lastIndexOf('/') + 1)).toList());
        assertFalse(compilation.generatedSourceFile("com.acme.AgentTimestamps").orElseThrow().getCharContent(true)
                .toString().contains("PrePersist"));
    }

    @Test
    void withoutJakartaPersistenceOnTheClasspathNothingJpaIsReferenced() throws Exception {
        List<File> withoutJpa = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("jakarta.persistence"))
                .map(File::new)
                .toList();
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new TouchstoneProcessor())
                .withClasspath(withoutJpa)
                .withOptions("-Xlint:all", "-Werror")
                .compile(source("com.acme.Agent", """
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        @Timestamped
                        public class Agent {
                            Instant createdAt;
                            Instant updatedAt;
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFile("com.acme.AgentTimestamps").isPresent());
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String code = file.getCharContent(true).toString();
            assertTrue(!code.contains("jakarta"), file.getName() + " references jakarta");
        }
    }

    @Test
    void updatableCreatedAtColumnOnAnEntityIsAWarningOnTheField() {
        JavaFileObject source = source("com.acme.Order", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import java.time.Instant;

                @Entity
                @Timestamped
                public class Order {
                    @Id
                    Long id;
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).succeeded();
        assertEquals(1, compilation.warnings().stream().filter(w -> w.getMessage(null).startsWith("[TS208]")).count(),
                () -> Compilations.describe(compilation.warnings()));
        assertThat(compilation).hadWarningContaining("[TS208] createdAt of @Entity Order is an updatable column")
                .inFile(source).onLine(13);
        assertInstanceOf(JavaFileObject.class,
                compilation.generatedSourceFile("com.acme.OrderTimestamps").orElseThrow());
    }
}
