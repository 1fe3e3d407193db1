package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities whose accessors or field modifiers Project Lombok writes compile and behave the same
 * whichever order the processors run in: Lombok changes the class inside javac's round, before
 * or after Touchstone's turn, so Touchstone reads such a class one round later.
 */
class LombokTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T09:01:30.500Z");

    enum Order {
        TOUCHSTONE_FIRST, LOMBOK_FIRST
    }

    static final String IMPORTS = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import lombok.*;
            import lombok.experimental.*;

            """;

    static Stream<Arguments> entities() {
        List<Arguments> cases = new ArrayList<>();
        for (Order order : Order.values()) {
            cases.add(Arguments.of("@Getter @Setter", order, """
                    @Getter @Setter @Timestamped
                    public class Customer {
                        private Instant createdAt;
                        private Instant updatedAt;
                        @ActivityTimestamp private Instant lastSeenAt;
                    }
                    """));
            cases.add(Arguments.of("@Data", order, """
                    @Data @Timestamped
                    public class Customer {
                        private Instant createdAt;
                        private Instant updatedAt;
                        @ActivityTimestamp private Instant lastSeenAt;
                    }
                    """));
            cases.add(Arguments.of("@FieldDefaults(level = PRIVATE)", order, """
                    @Getter @Setter @FieldDefaults(level = AccessLevel.PRIVATE) @Timestamped
                    public class Customer {
                        Instant createdAt;
                        Instant updatedAt;
                        @ActivityTimestamp Instant lastSeenAt;
                    }
                    """));
            cases.add(Arguments.of("@Builder", order, """
                    @Builder @NoArgsConstructor @AllArgsConstructor @Getter @Setter @Timestamped
                    public class Customer {
                        private Instant createdAt;
                        private Instant updatedAt;
                        @ActivityTimestamp private Instant lastSeenAt;
                    }
                    """));
            cases.add(Arguments.of("field-level @Getter @Setter", order, """
                    @Timestamped
                    public class Customer {
                        @Getter @Setter private Instant createdAt;
                        @Getter @Setter private Instant updatedAt;
                        @Getter @Setter @ActivityTimestamp private Instant lastSeenAt;
                    }
                    """));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("entities")
    void lombokEntityInEitherOrder(String shape, Order order, String body) {
        JavaFileObject source = Compilations.source("com.acme.Customer", IMPORTS + body);
        Compilation compilation = compile(order, source);
        GeneratedClasses classes = Compilations.load(compilation);

        Object customer = classes.create("com.acme.Customer");
        call(helper(classes, T0), "onCreate", customer);
        call(helper(classes, T1), "markLastSeenAt", customer);
        assertEquals(T0, call(customer, "getCreatedAt"));
        assertEquals(T0, call(customer, "getUpdatedAt"));
        assertEquals(T1, call(customer, "getLastSeenAt"));
        assertEquals(List.of(), validator(classes).validate(customer));

        Order other = order == Order.TOUCHSTONE_FIRST ? Order.LOMBOK_FIRST : Order.TOUCHSTONE_FIRST;
        assertEquals(generated(compilation), generated(compile(other, source)),
                "the generated code does not depend on the order");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Order.class)
    void valueWithWithersGivesChangedCopies(Order order) {
        JavaFileObject source = Compilations.source("com.acme.Customer", IMPORTS + """
                @Value @With @AllArgsConstructor @Timestamped
                public class Customer {
                    String name;
                    Instant createdAt;
                    Instant updatedAt;
                    @ActivityTimestamp Instant lastSeenAt;
                }
                """);
        Compilation compilation = compile(order, source);
        GeneratedClasses classes = Compilations.load(compilation);
        Object customer = classes.callStatic("com.acme.CustomerTimestamps", "withClock",
                Clock.fixed(T0, ZoneOffset.UTC));
        Object created;
        try {
            created = call(customer, "onCreate",
                    classes.type("com.acme.Customer").getConstructors()[0].newInstance("ada", null, null, null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertEquals(T0, call(created, "getCreatedAt"));
        Object seen = call(helper(classes, T1), "markLastSeenAt", created);
        assertEquals(T1, call(seen, "getLastSeenAt"));
        assertEquals(null, call(created, "getLastSeenAt"), "@Value: the argument is untouched");
        assertEquals(generated(compilation), generated(compile(order == Order.LOMBOK_FIRST ? Order.TOUCHSTONE_FIRST
                : Order.LOMBOK_FIRST, source)), "the generated code does not depend on the order");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Order.class)
    void valueWithoutWithersNamesTheMissingWither(Order order) {
        JavaFileObject source = Compilations.source("com.acme.Customer", IMPORTS + """
                @Value @Timestamped
                public class Customer {
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        Compilation compilation = compile(order, source);
        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertEquals(List.of(
                        "[TS204] createdAt is final and Customer has no wither Customer withCreatedAt(Instant) that the"
                                + " generated helper can call, so it could not set it",
                        "[TS204] updatedAt is final and Customer has no wither Customer withUpdatedAt(Instant) that the"
                                + " generated helper can call, so it could not set it"),
                compilation.errors().stream().map(d -> d.getMessage(null)).toList());
    }

    @Test
    void withoutLombokOnTheProcessorPathTheErrorSaysSo() {
        JavaFileObject source = Compilations.source("com.acme.Customer", IMPORTS + """
                @Getter @Setter @Timestamped
                public class Customer {
                    private Instant createdAt;
                    private Instant updatedAt;
                }
                """);
        Compilation compilation = javac().withProcessors(new TouchstoneProcessor())
                .withOptions("-Xlint:all,-processing").compile(source);
        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertEquals("[TS205] createdAt is private and Customer has no getter getCreatedAt() and setter"
                        + " setCreatedAt(Instant) that the generated helper in package com.acme can call; the class"
                        + " carries Lombok annotations, but Lombok did not write its accessors: is Lombok on the"
                        + " annotation processor path?",
                compilation.errors().get(0).getMessage(null));
    }

    /** Compiles under {@code -Xlint:all -Werror}, except the lint about Lombok's unclaimed annotations. */
    static Compilation compile(Order order, JavaFileObject... sources) {
        Processor touchstone = new TouchstoneProcessor();
        Processor lombok = lombok();
        List<Processor> processors = order == Order.TOUCHSTONE_FIRST ? List.of(touchstone, lombok) : List.of(lombok, touchstone);
        return javac().withProcessors(processors).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
    }

    /** Lombok's javac processor, as javac finds it on a processor path: through its service registration. */
    static Processor lombok() {
        return ServiceLoader.load(Processor.class, LombokTest.class.getClassLoader()).stream()
                .filter(p -> p.type().getName().equals("lombok.launch.AnnotationProcessorHider$AnnotationProcessor"))
                .findFirst().orElseThrow().get();
    }

    private static String generated(Compilation compilation) {
        StringBuilder text = new StringBuilder();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                text.append(file.getName()).append('\n').append(file.getCharContent(true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    private static Object helper(GeneratedClasses classes, Instant now) {
        return classes.callStatic("com.acme.CustomerTimestamps", "withClock", Clock.fixed(now, ZoneOffset.UTC));
    }

    @SuppressWarnings("unchecked")
    private static TimestampValidator<Object> validator(GeneratedClasses classes) {
        return (TimestampValidator<Object>) classes.callStatic("com.acme.CustomerTimestamps", "withClock",
                Clock.fixed(T1, ZoneOffset.UTC));
    }
}
