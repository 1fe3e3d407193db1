package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compileAndLoadJpa;
import static io.github.touchstone.processor.Compilations.source;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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
            @EntityListeners(OrderTimestampListener.class)
            @Timestamped
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
        Method method = Arrays.stream(listener.getClass().getMethods())
                .filter(m -> m.isAnnotationPresent(callback)).findFirst()
                .orElseThrow(() -> new AssertionError("no @" + callback.getSimpleName() + " method"));
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

        callback(listener(classes, "com.acme.OrderTimestampListener", T0), PrePersist.class, order);
        assertEquals(T0, get(order, "createdAt"));
        assertEquals(T0, get(order, "updatedAt"));

        callback(listener(classes, "com.acme.OrderTimestampListener", T1), PreUpdate.class, order);
        assertEquals(T0, get(order, "createdAt"), "createdAt never changes on update");
        assertEquals(T1, get(order, "updatedAt"));
    }

    @Test
    void invalidEntityIsRefusedWithEveryViolation() {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Object order = classes.create("com.acme.Order");
        set(order, "createdAt", T1.plusSeconds(3600));

        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> callback(listener(classes, "com.acme.OrderTimestampListener", T1), PreUpdate.class, order));
        List<TimestampViolation.Rule> rules = refused.violations().stream().map(TimestampViolation::rule).toList();
        assertEquals(List.of(TimestampViolation.Rule.IN_FUTURE, TimestampViolation.Rule.BEFORE_CREATED_AT), rules,
                refused.getMessage());
    }

    @Test
    void noArgumentConstructorForProvidersAndInjectableClockConstructor() throws Exception {
        GeneratedClasses classes = compileAndLoadJpa(ORDER);
        Class<?> listener = classes.type("com.acme.OrderTimestampListener");
        assertNotNull(listener.getConstructor().newInstance());
        assertTrue(listener.getConstructor(Clock.class).isAnnotationPresent(Inject.class));
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
        Object listener = listener(classes, "com.acme.RunTimestampListener", T1);
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
                        @EntityListeners(BaseEntityTimestampListener.class)
                        public class Task extends BaseEntity {
                            @Id
                            Long id;
                        }
                        """));
        Object task = classes.create("com.acme.Task");
        callback(listener(classes, "com.acme.BaseEntityTimestampListener", T0), PrePersist.class, task);
        assertEquals(T0, get(task, "createdAt"));
    }

    @Test
    void plainEntityGetsNoListener() {
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
        assertTrue(compilation.generatedSourceFile("com.acme.AgentTimestamps").isPresent());
        assertTrue(compilation.generatedSourceFile("com.acme.AgentTimestampListener").isEmpty());
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
        assertTrue(compilation.generatedSourceFile("com.acme.AgentTimestampListener").isEmpty());
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
        assertEquals(1, compilation.warnings().stream().filter(w -> w.getMessage(null).startsWith("[TS")).count(),
                () -> Compilations.describe(compilation.warnings()));
        assertThat(compilation).hadWarningContaining("[TS208] createdAt of @Entity Order is an updatable column")
                .inFile(source).onLine(13);
        assertInstanceOf(JavaFileObject.class,
                compilation.generatedSourceFile("com.acme.OrderTimestampListener").orElseThrow());
    }
}
