package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compile;
import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.Compilations.describe;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.touchstone.TimestampViolation.Rule;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shape an entity can have, each through the generated API: records, private fields
 * behind accessors, nested and inner classes, generic entities, fields inherited from a
 * superclass (in the same package, another package, or a compiled jar), and abstract bases.
 */
class ShapesTest {

    static final Instant NOW_FULL = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant NOW_MICROS = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T09:01:30.500Z");

    private static JavaFileObject[] files(TestSource... sources) {
        return Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new);
    }

    // ---------------------------------------------------------------------------------------
    // records
    // ---------------------------------------------------------------------------------------

    /** A record with every kind of timestamp of type {@code %2$s} among other components. */
    static final String CONVERSATION = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.util.List;

            @Timestamped
            %1$s
            public record Conversation(String title,
                                       %2$s createdAt,
                                       %2$s updatedAt,
                                       List<String> tags,
                                       @ActivityTimestamp %2$s lastMessageAt,
                                       @ActivityTimestamp(once = true, touchesUpdatedAt = true) %2$s closedAt,
                                       %2$s startTime,
                                       %2$s endTime,
                                       @Duration(start = "startTime", end = "endTime") Long handlingMs,
                                       int priority) {
                /** How often the canonical constructor ran. */
                static int constructed;

                public Conversation {
                    constructed++;
                    tags = List.copyOf(tags);
                }
            }
            """;

    private static final Map<TimeKind, GeneratedClasses> CONVERSATIONS = new EnumMap<>(TimeKind.class);

    private static GeneratedClasses conversations(TimeKind kind) {
        return CONVERSATIONS.computeIfAbsent(kind, k -> compileAndLoad(Compilations.source("com.acme.Conversation",
                CONVERSATION.formatted(k == TimeKind.LOCAL_DATE_TIME ? "@SuppressWarnings(\"touchstone\")" : "", k.source))));
    }

    /** A conversation titled "Refund", tagged, priority 2, with the given components and every other one null. */
    private static Object conversation(GeneratedClasses classes, Map<String, Object> components) {
        Map<String, Object> values = new LinkedHashMap<>(Map.of("title", "Refund", "tags", List.of("billing"), "priority", 2));
        values.putAll(components);
        Class<?> type = classes.type("com.acme.Conversation");
        return classes.record("com.acme.Conversation",
                Arrays.stream(type.getRecordComponents()).map(c -> values.get(c.getName())).toArray());
    }

    private static int constructed(GeneratedClasses classes) {
        try {
            var field = classes.type("com.acme.Conversation").getDeclaredField("constructed");
            field.setAccessible(true);
            return field.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Calls {@code method} on {@code conversation}: the result is a new record, built once
     * through the canonical constructor, the argument is untouched, and the components that are
     * not timestamps are kept.
     */
    private static Object change(GeneratedClasses classes, Object helper, String method, Object conversation) {
        String before = conversation.toString();
        int constructed = constructed(classes);
        Object changed = call(helper, method, conversation);
        assertNotSame(conversation, changed, method + " returns a new record");
        assertEquals(constructed + 1, constructed(classes), method + " goes through the canonical constructor once");
        assertEquals(before, conversation.toString(), method + " leaves its argument untouched");
        for (String kept : List.of("title", "tags", "priority")) {
            assertEquals(get(conversation, kept), get(changed, kept), method + " keeps " + kept);
        }
        return changed;
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void recordsComeBackNewFromEveryChangingMethod(TimeKind kind) {
        GeneratedClasses classes = conversations(kind);
        Object helper = classes.timestamps("com.acme.Conversation", NOW_FULL);
        Object now = kind.of(NOW_MICROS);

        Object created = change(classes, helper, "onCreate", conversation(classes, Map.of()));
        assertEquals(now, get(created, "createdAt"));
        assertEquals(now, get(created, "updatedAt"));

        Object touched = change(classes, classes.timestamps("com.acme.Conversation", T1),
                "touch", conversation(classes, Map.of("createdAt", kind.of(T0), "updatedAt", kind.of(T0))));
        assertEquals(kind.of(T1), get(touched, "updatedAt"));
        assertEquals(kind.of(T0), get(touched, "createdAt"));

        Object active = change(classes, helper, "markLastMessageAt", created);
        assertEquals(now, get(active, "lastMessageAt"));
        Object closed = change(classes, classes.timestamps("com.acme.Conversation", T1), "markClosedAt", created);
        assertEquals(kind.of(T1), get(closed, "closedAt"));
        assertEquals(kind.of(T1), get(closed, "updatedAt"));
        assertEquals(now, get(closed, "createdAt"));

        Object started = conversation(classes, Map.of("startTime", kind.of(T0)));
        Object completed = change(classes, classes.timestamps("com.acme.Conversation", T1), "completeHandlingMs", started);
        assertEquals(kind.of(T1), get(completed, "endTime"));
        assertEquals(90_500L, get(completed, "handlingMs"));
        Object computed = change(classes, helper, "computeHandlingMs",
                conversation(classes, Map.of("startTime", kind.of(T0), "endTime", kind.of(T0.plusSeconds(2)))));
        assertEquals(2_000L, get(computed, "handlingMs"));
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void recordsTouchedTogetherShareOneValue(TimeKind kind) {
        GeneratedClasses classes = conversations(kind);
        List<Object> conversations = List.of(conversation(classes, Map.of("title", "a")),
                conversation(classes, Map.of("title", "b")));
        TickingClock clock = new TickingClock(NOW_FULL);
        List<?> touched = (List<?>) call(classes.timestamps("com.acme.Conversation", clock), "touchAll",
                conversations);
        assertEquals(1, clock.reads());
        assertEquals(List.of("a", "b"), touched.stream().map(c -> get(c, "title")).toList());
        for (int i = 0; i < touched.size(); i++) {
            assertNotSame(conversations.get(i), touched.get(i));
            assertNull(get(conversations.get(i), "updatedAt"), "the arguments are untouched");
            assertEquals(kind.of(NOW_MICROS), get(touched.get(i), "updatedAt"));
        }
    }

    @Test
    void aMethodThatChangesNothingReturnsAnEqualRecord() {
        GeneratedClasses classes = conversations(TimeKind.INSTANT);
        Object helper = classes.timestamps("com.acme.Conversation", T1);
        Object closed = conversation(classes, Map.of("createdAt", T0, "updatedAt", T0, "closedAt", T0));
        assertEquals(closed, call(helper, "markClosedAt", closed), "once: a refused mark changes nothing");
        Object open = conversation(classes, Map.of("startTime", T0));
        assertEquals(open, call(helper, "computeHandlingMs", open), "an open interval: nothing to store");
        Object created = conversation(classes, Map.of("createdAt", T0, "updatedAt", T0));
        assertEquals(created, call(helper, "onCreate", created), "onCreate never overwrites");
    }

    @Test
    void recordValidatorAndCalculatorsReadComponents() {
        GeneratedClasses classes = conversations(TimeKind.INSTANT);
        Object conversation = conversation(classes, Map.of("createdAt", T0, "updatedAt", T0.minusSeconds(1),
                "startTime", T0, "endTime", T1, "handlingMs", 90_500L));
        assertEquals(List.of(Rule.BEFORE_CREATED_AT), classes.validator("com.acme.Conversation", T1)
                .validate(conversation).stream().map(v -> v.rule()).toList());
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(classes.timestamps("com.acme.Conversation", T1),
                "handlingMs", conversation));
        assertEquals(T0, call(classes.timestamps("com.acme.Conversation", T1), "updatedAtOrCreated", conversation(classes,
                Map.of("createdAt", T0))));
    }

    // ---------------------------------------------------------------------------------------
    // private fields behind accessors
    // ---------------------------------------------------------------------------------------

    static final String ACCOUNT = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.util.ArrayList;
            import java.util.List;

            @Timestamped
            public class Account {
                final List<String> calls = new ArrayList<>();
                private Instant createdAt;
                private Instant updatedAt;
                @ActivityTimestamp private Instant lastLoginAt;
                private Instant startTime;
                private Instant endTime;
                @Duration(start = "startTime", end = "endTime") private Long sessionMs;

                public Instant getCreatedAt() { calls.add("getCreatedAt"); return createdAt; }
                public void setCreatedAt(Instant value) { calls.add("setCreatedAt"); createdAt = value; }
                Instant getUpdatedAt() { calls.add("getUpdatedAt"); return updatedAt; }
                void setUpdatedAt(Instant value) { calls.add("setUpdatedAt"); updatedAt = value; }
                protected Instant getLastLoginAt() { calls.add("getLastLoginAt"); return lastLoginAt; }
                protected void setLastLoginAt(Instant value) { calls.add("setLastLoginAt"); lastLoginAt = value; }
                public Instant getStartTime() { calls.add("getStartTime"); return startTime; }
                public Instant getEndTime() { calls.add("getEndTime"); return endTime; }
                public void setEndTime(Instant value) { calls.add("setEndTime"); endTime = value; }
                public Long getSessionMs() { calls.add("getSessionMs"); return sessionMs; }
                public void setSessionMs(Long value) { calls.add("setSessionMs"); sessionMs = value; }
            }
            """;

    /** The setters {@code method} called on a new account that has been through {@code prepare}. */
    private static List<String> settersCalledBy(GeneratedClasses classes, Function<Object, Object> prepare, String method) {
        Object account = prepare.apply(classes.create("com.acme.Account"));
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) get(account, "calls");
        calls.clear();
        call(classes.timestamps("com.acme.Account", T1), method, account);
        return calls.stream().filter(c -> c.startsWith("set")).toList();
    }

    @Test
    void privateFieldsAreReadAndWrittenThroughTheirAccessors() {
        GeneratedClasses classes = compileAndLoad(Compilations.source("com.acme.Account", ACCOUNT));
        Function<Object, Object> fresh = a -> a;
        Function<Object, Object> created = a -> call(classes.timestamps("com.acme.Account", T0), "onCreate", a);
        Function<Object, Object> started = a -> {
            set(a, "startTime", T0);
            return a;
        };

        assertEquals(List.of("setCreatedAt", "setUpdatedAt"), settersCalledBy(classes, fresh, "onCreate"));
        assertEquals(List.of(), settersCalledBy(classes, created, "onCreate"), "nothing to write");
        assertEquals(List.of("setUpdatedAt"), settersCalledBy(classes, created, "touch"));
        assertEquals(List.of("setLastLoginAt"), settersCalledBy(classes, created, "markLastLoginAt"));
        assertEquals(List.of("setEndTime", "setSessionMs"), settersCalledBy(classes, started, "completeSessionMs"));
        assertEquals(List.of("setEndTime"), settersCalledBy(classes, fresh, "completeSessionMs"));
        assertEquals(List.of(), settersCalledBy(classes, started, "computeSessionMs"), "an open interval");
        assertEquals(List.of(), settersCalledBy(classes, created, "sinceLastUpdate"));

        Object account = classes.create("com.acme.Account");
        call(classes.timestamps("com.acme.Account", T0), "onCreate", account);
        set(account, "startTime", T0);
        call(classes.timestamps("com.acme.Account", T1), "completeSessionMs", account);
        assertEquals(T0, get(account, "createdAt"));
        assertEquals(T1, get(account, "endTime"));
        assertEquals(90_500L, get(account, "sessionMs"));
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) get(account, "calls");
        calls.clear();
        assertEquals(List.of(), classes.validator("com.acme.Account", T1).validate(account));
        assertTrue(calls.containsAll(List.of("getCreatedAt", "getUpdatedAt", "getLastLoginAt", "getStartTime",
                "getEndTime", "getSessionMs")), "the validator reads through the getters: " + calls);
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("set")), "and never writes: " + calls);
    }

    // ---------------------------------------------------------------------------------------
    // the unnamed package
    // ---------------------------------------------------------------------------------------

    @Test
    void anEntityInTheUnnamedPackage() {
        GeneratedClasses classes = compileAndLoad(JavaFileObjects.forSourceString("Ticket", """
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                class Ticket {
                    Instant createdAt;
                    Instant updatedAt;
                }
                """));
        Object ticket = classes.create("Ticket");
        assertSame(ticket, call(classes.timestamps("Ticket", NOW_FULL), "onCreate", ticket));
        assertEquals(NOW_MICROS, get(ticket, "createdAt"));
        assertEquals(NOW_MICROS, get(ticket, "updatedAt"));
        assertEquals(List.of(), classes.validator("Ticket", NOW_FULL).validate(ticket));
    }

    // ---------------------------------------------------------------------------------------
    // nested and inner classes
    // ---------------------------------------------------------------------------------------

    static final String TIMESTAMPS = """
                    @io.github.touchstone.Timestamped
                    %s class %s {
                        java.time.Instant createdAt;
                        java.time.Instant updatedAt;
                    }
            """;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // the modifiers and name of the entity in Outer (all but the first two inner, non-static), its binary name, the
        // prefix of the generated names
        "public static | Inner | Outer$Inner        | Outer_Inner",
        "static        | Inner | Outer$Inner        | Outer_Inner",
        "public final  | Inner | Outer$Inner        | Outer_Inner",
        "protected     | Inner | Outer$Inner        | Outer_Inner",
        "public        | Deep  | Outer$Middle$Deep  | Outer_Middle_Deep",
    })
    void nestedAndInnerClasses(String modifiers, String name, String binaryName, String prefix) throws Exception {
        boolean deep = binaryName.contains("Middle");
        String entity = TIMESTAMPS.formatted(modifiers, name);
        TestSource outer = TestSource.of("com.acme.Outer", """
                package com.acme;

                public class Outer {
                %s
                }
                """.formatted(deep ? "    public class Middle {\n" + entity + "    }" : entity));
        Compilation compilation = Compilations.compileStrict(outer.file());
        assertThat(compilation).generatedSourceFile("com.acme." + prefix + "Timestamps");
        assertThat(compilation).generatedSourceFile("com.acme." + prefix + "Timestamps");
        GeneratedClasses classes = Compilations.load(compilation);

        Class<?> helperType = classes.type("com.acme." + prefix + "Timestamps");
        assertTrue(Modifier.isPublic(helperType.getModifiers()) && Modifier.isFinal(helperType.getModifiers()));
        assertNull(helperType.getEnclosingClass(), "a top-level class");
        Object instance = newNested(classes, "com.acme." + binaryName);
        call(classes.timestamps("com.acme." + prefix, T0), "onCreate", instance);
        call(classes.timestamps("com.acme." + prefix, T1), "touch", instance);
        assertEquals(T0, get(instance, "createdAt"));
        assertEquals(T1, get(instance, "updatedAt"));
        assertEquals(List.of(), classes.validator("com.acme." + prefix, T1).validate(instance));
        assertEquals("io.github.touchstone.internal.EntityTimestamps<com.acme." + binaryName + ">",
                classes.type("com.acme." + prefix + "Timestamps").getGenericSuperclass().getTypeName());
    }

    /** Creates a nested class, and for an inner (non-static) class its enclosing instances first. */
    private static Object newNested(GeneratedClasses classes, String binaryName) throws ReflectiveOperationException {
        Class<?> type = classes.type(binaryName);
        var constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        if (Modifier.isStatic(type.getModifiers()) || type.getEnclosingClass() == null) {
            return constructor.newInstance();
        }
        return constructor.newInstance(newNested(classes, type.getEnclosingClass().getName()));
    }

    static final TestSource GENERIC_OUTER = TestSource.of("com.acme.Outer", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.util.List;

            public class Outer<T extends CharSequence> {
                T name;

                @Timestamped
                public class Inner {
                    Instant createdAt;
                    Instant updatedAt;

                    public class Leaf<U extends List<T>> {
                        U items;
                        @ActivityTimestamp Instant seenAt;
                    }
                }

                public static Outer<String>.Inner use(Outer<String> outer) {
                    Outer<String>.Inner inner = Outer_InnerTimestamps.systemUtc().onCreate(outer.new Inner());
                    List<Outer<String>.Inner> all = Outer_InnerTimestamps.systemUtc().touchAll(List.of(inner));
                    Outer<String>.Inner.Leaf<List<String>> leaf =
                            Outer_Inner_LeafTimestamps.systemUtc().markSeenAt(inner.new Leaf<List<String>>());
                    Outer_Inner_LeafTimestamps.systemUtc().check(leaf);
                    Outer<?>.Inner checked = Outer_InnerTimestamps.systemUtc().check(all.get(0));
                    return checked == inner ? inner : null;
                }
            }
            """);

    /** Regression: the helper wrote the raw type {@code Outer.Inner}, a warning that -Werror turns into an error. */
    @Test
    void anInnerClassOfAGenericClassKeepsTheOutersTypeArguments() throws NoSuchMethodException {
        GeneratedClasses classes = compileAndLoad(GENERIC_OUTER.file());
        Class<?> inner = classes.type("com.acme.Outer$Inner");
        // an inner class of a generic class keeps its own type: ECJ infers no <E extends Outer<T>.Inner>
        assertEquals("public <T extends java.lang.CharSequence> com.acme.Outer<T>$Inner com.acme.Outer_InnerTimestamps"
                + ".touch(com.acme.Outer<T>$Inner)",
                classes.type("com.acme.Outer_InnerTimestamps").getMethod("touch", inner).toGenericString());
        assertEquals("io.github.touchstone.internal.EntityTimestamps<com.acme.Outer<?>$Inner>",
                classes.type("com.acme.Outer_InnerTimestamps").getGenericSuperclass().getTypeName());
        assertEquals("public <T extends java.lang.CharSequence,U extends java.util.List<T>> com.acme.Outer<T>$Inner$Leaf<U>"
                + " com.acme.Outer_Inner_LeafTimestamps.markSeenAt(com.acme.Outer<T>$Inner$Leaf<U>)",
                classes.type("com.acme.Outer_Inner_LeafTimestamps")
                        .getMethod("markSeenAt", classes.type("com.acme.Outer$Inner$Leaf")).toGenericString());

        Object created = classes.callStatic("com.acme.Outer", "use", classes.create("com.acme.Outer"));
        assertTrue(get(created, "createdAt") instanceof Instant);
    }

    /**
     * Eclipse's compiler hands the processor the same generic and nested shapes, and compiles
     * what it generates. (ECJ refuses the caller's {@code check(leaf)}: it does not find
     * {@code Outer<String>.Inner.Leaf<List<String>>} within {@code Outer<?>.Inner.Leaf<?>} when
     * the bound of {@code U} names {@code T}; javac, rightly, does.)
     */
    @Test
    void genericAndInnerShapesUnderEcj() {
        TestSource outer = GENERIC_OUTER.with("Outer_Inner_LeafTimestamps.systemUtc().check(leaf);",
                "leaf.getClass(); // not check(leaf) under ECJ");
        Compiler.ECJ.compile(outer, BOX).assertClean();
    }

    @Test
    void entitiesNestedInAnInterfaceAndARecordNestedInAClass() {
        TestSource api = TestSource.of("com.acme.Api", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                public interface Api {
                    @Timestamped
                    class Agent {
                        Instant createdAt;
                        Instant updatedAt;
                    }

                    final class Holder {
                        @Timestamped
                        public record Note(String text, Instant createdAt, Instant updatedAt) {
                        }
                    }
                }
                """);
        GeneratedClasses classes = compileAndLoad(api.file());
        Object agent = classes.create("com.acme.Api$Agent");
        call(classes.timestamps("com.acme.Api_Agent", T0), "onCreate", agent);
        assertEquals(T0, get(agent, "updatedAt"));
        Object note = call(classes.timestamps("com.acme.Api_Holder_Note", T0), "onCreate",
                classes.record("com.acme.Api$Holder$Note", "hello", null, null));
        assertEquals(T0, get(note, "createdAt"));
        assertEquals("hello", get(note, "text"));
    }

    // ---------------------------------------------------------------------------------------
    // generic entities
    // ---------------------------------------------------------------------------------------

    static final TestSource BOX = TestSource.of("com.acme.Box", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public class Box<T extends Comparable<T>> {
                T content;
                Instant createdAt;
                Instant updatedAt;
                @ActivityTimestamp Instant openedAt;
                @Duration(start = "createdAt", end = "openedAt") Long sealedMs;
            }
            """);

    @Test
    void aGenericEntityKeepsItsTypeArgumentsThroughEveryMethod() throws NoSuchMethodException {
        GeneratedClasses classes = compileAndLoad(BOX.file());
        Class<?> box = classes.type("com.acme.Box");
        Class<?> helper = classes.type("com.acme.BoxTimestamps");
        // Box is not final: one helper serves Box<String>, Box<Integer> and subclasses, each coming back as itself
        String e = "<E extends com.acme.Box<?>> ";
        for (String method : List.of("onCreate", "touch", "markOpenedAt", "computeSealedMs", "completeSealedMs")) {
            assertEquals("public " + e + "E com.acme.BoxTimestamps." + method + "(E)",
                    helper.getMethod(method, box).toGenericString());
        }
        // methods that only read take any Box
        for (String method : List.of("age", "sinceLastUpdate", "sealedMs", "elapsedSealedMs")) {
            assertEquals("public java.util.Optional<java.time.Duration> com.acme.BoxTimestamps." + method
                    + "(com.acme.Box<?>)", helper.getMethod(method, box).toGenericString());
        }
        assertEquals("public java.time.Instant com.acme.BoxTimestamps.updatedAtOrCreated(com.acme.Box<?>)",
                helper.getMethod("updatedAtOrCreated", box).toGenericString());
        assertEquals("public " + e + "java.util.List<E> com.acme.BoxTimestamps.touchAll("
                + "java.lang.Iterable<E>)", helper.getMethod("touchAll", Iterable.class).toGenericString());
        Class<?> validator = classes.type("com.acme.BoxTimestamps");
        assertEquals("io.github.touchstone.internal.EntityTimestamps<com.acme.Box<?>>",
                validator.getGenericSuperclass().getTypeName());
        assertEquals("public java.util.List<io.github.touchstone.TimestampViolation> com.acme.BoxTimestamps"
                + ".validate(com.acme.Box<?>)", validator.getMethod("validate", box).toGenericString());

        Object instance = classes.create("com.acme.Box");
        call(classes.timestamps("com.acme.Box", T0), "onCreate", instance);
        call(classes.timestamps("com.acme.Box", T1), "completeSealedMs", instance);
        assertEquals(90_500L, get(instance, "sealedMs"));
        assertEquals(List.of(), classes.validator("com.acme.Box", T1).validate(instance));
    }

    @Test
    void aCallerGetsItsOwnTypeArgumentsBack() {
        TestSource caller = TestSource.of("com.acme.use.Warehouse", """
                package com.acme.use;

                import com.acme.Box;
                import com.acme.BoxTimestamps;
                import com.acme.BoxTimestamps;
                import io.github.touchstone.TimestampValidator;
                import java.time.Duration;
                import java.util.List;
                import java.util.Optional;

                public class Warehouse {
                    Box<String> store() {
                        Box<String> b = BoxTimestamps.systemUtc().touch(new Box<String>());
                        Box<String> created = BoxTimestamps.systemUtc().onCreate(b);
                        Box<String> opened = BoxTimestamps.systemUtc().markOpenedAt(created);
                        Box<String> sealed = BoxTimestamps.systemUtc().completeSealedMs(opened);
                        List<Box<String>> all = BoxTimestamps.systemUtc().touchAll(List.of(sealed, new Box<>()));
                        Optional<Duration> age = BoxTimestamps.systemUtc().age(all.get(0));
                        TimestampValidator<Box<?>> validator = BoxTimestamps.systemUtc();
                        Box<Integer> other = new Box<>();
                        validator.validate(other);
                        return age.isPresent() ? validator.check(sealed) == sealed ? sealed : b : b;
                    }
                }
                """);
        String box = BOX.code().replace("    T content;", "    public T content;")
                .replace("public class Box<T extends Comparable<T>> {", "public class Box<T extends Comparable<T>> {\n    public Box() {\n    }\n");
        Compilation compilation = Compilations.compileStrict(TestSource.of("com.acme.Box", box).file(), caller.file());
        assertEquals("", describe(compilation.diagnostics()));
        assertThat(compilation).succeeded();
    }

    @Test
    void aGenericRecordIsRebuiltWithItsTypeArguments() throws NoSuchMethodException {
        TestSource pair = TestSource.of("com.acme.Pair", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;
                import java.util.List;

                @Timestamped
                public record Pair<K extends Comparable<? super K>, V extends List<K>>(K key, V values, Instant createdAt,
                        Instant updatedAt) {
                }
                """);
        TestSource caller = TestSource.of("com.acme.Use", """
                package com.acme;

                import java.util.List;

                class Use {
                    Pair<String, List<String>> use(Pair<String, List<String>> p) {
                        return PairTimestamps.systemUtc().touch(PairTimestamps.systemUtc().onCreate(p));
                    }
                }
                """);
        GeneratedClasses classes = compileAndLoad(pair.file(), caller.file());
        assertEquals("public <K extends java.lang.Comparable<? super K>,V extends java.util.List<K>> com.acme.Pair<K, V>"
                + " com.acme.PairTimestamps.touch(com.acme.Pair<K, V>)", classes.type("com.acme.PairTimestamps")
                .getMethod("touch", classes.type("com.acme.Pair")).toGenericString());
        Object created = call(classes.timestamps("com.acme.Pair", T0), "onCreate",
                classes.record("com.acme.Pair", "k", List.of("k"), null, null));
        assertEquals(List.of("k", List.of("k"), T0, T0), Arrays.stream(created.getClass().getRecordComponents())
                .map(RecordComponent::getName).map(c -> get(created, c)).toList());
    }

    // ---------------------------------------------------------------------------------------
    // fields in a superclass
    // ---------------------------------------------------------------------------------------

    static final TestSource AGENT_ON_BASE = TestSource.of("com.acme.Agent", """
            package com.acme;

            import com.acme.base.Stamped;
            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public class Agent extends Stamped {
                @ActivityTimestamp Instant lastActiveAt;
            }
            """);

    /** A base class in another package, with the timestamp fields declared {@code %s}, and {@code %s} after them. */
    static final String STAMPED = """
            package com.acme.base;

            import java.time.Instant;

            public abstract class Stamped {
                %s Instant createdAt;
                %1$s Instant updatedAt;
            %s}
            """;

    static final String PUBLIC_ACCESSORS = """
                public int writes;
                public Instant getCreatedAt() { return createdAt; }
                public void setCreatedAt(Instant value) { writes++; createdAt = value; }
                public Instant getUpdatedAt() { return updatedAt; }
                public void setUpdatedAt(Instant value) { writes++; updatedAt = value; }
            """;

    @ParameterizedTest(name = "{0} fields")
    @ValueSource(strings = {"public", "protected"})
    void fieldsOfASuperclassInAnotherPackage(String modifier) {
        TestSource withoutAccessors = TestSource.of("com.acme.base.Stamped", STAMPED.formatted(modifier, ""));
        Compilation compilation = compile(withoutAccessors.file(), AGENT_ON_BASE.file());
        if (modifier.equals("protected")) {
            // the helper in com.acme cannot reach protected fields of com.acme.base (DiagnosticsTest has the details)
            assertThat(compilation).hadErrorContaining("[TS205] createdAt is protected in com.acme.base.Stamped");
            assertThat(compilation).hadErrorCount(2);
        } else {
            assertThat(compilation).succeededWithoutWarnings();
        }

        TestSource stamped = TestSource.of("com.acme.base.Stamped", STAMPED.formatted(modifier, PUBLIC_ACCESSORS));
        GeneratedClasses classes = compileAndLoad(stamped.file(), AGENT_ON_BASE.file());
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        call(classes.timestamps("com.acme.Agent", T1), "touch", agent);
        call(classes.timestamps("com.acme.Agent", T1), "markLastActiveAt", agent);
        assertEquals(T0, get(agent, "createdAt"));
        assertEquals(T1, get(agent, "updatedAt"));
        assertEquals(T1, get(agent, "lastActiveAt"));
        // accessors win over a reachable field: a write to the field of a lazy JPA proxy, or from
        // outside a bytecode-enhanced entity, would be lost
        assertEquals(3, get(agent, "writes"), "every write goes through the setters");
        assertEquals(List.of(), classes.validator("com.acme.Agent", T1).validate(agent));
    }

    /**
     * A lazy JPA proxy is a subclass whose own fields stay {@code null} and whose accessors
     * delegate to the loaded entity: helpers and validator that go through the accessors reach
     * the real values; a field access would write the proxy object and be lost.
     */
    @Test
    void accessorsWinOverReachableFieldsSoProxiesWork() {
        TestSource member = TestSource.of("com.acme.Member", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Member {
                    Instant createdAt;
                    Instant updatedAt;
                    @ActivityTimestamp Instant lastSeenAt;

                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
                    public Instant getLastSeenAt() { return lastSeenAt; }
                    public void setLastSeenAt(Instant lastSeenAt) { this.lastSeenAt = lastSeenAt; }
                }
                """);
        TestSource proxy = TestSource.of("com.acme.MemberProxy", """
                package com.acme;

                import java.time.Instant;

                public class MemberProxy extends Member {
                    public final Member target = new Member();

                    @Override public Instant getCreatedAt() { return target.getCreatedAt(); }
                    @Override public void setCreatedAt(Instant v) { target.setCreatedAt(v); }
                    @Override public Instant getUpdatedAt() { return target.getUpdatedAt(); }
                    @Override public void setUpdatedAt(Instant v) { target.setUpdatedAt(v); }
                    @Override public Instant getLastSeenAt() { return target.getLastSeenAt(); }
                    @Override public void setLastSeenAt(Instant v) { target.setLastSeenAt(v); }
                }
                """);
        GeneratedClasses classes = compileAndLoad(member.file(), proxy.file());
        Object memberProxy = classes.create("com.acme.MemberProxy");
        Object target = get(memberProxy, "target");
        call(classes.timestamps("com.acme.Member", T0), "onCreate", memberProxy);
        call(classes.timestamps("com.acme.Member", T1), "markLastSeenAt", memberProxy);
        assertEquals(T0, get(target, "createdAt"));
        assertEquals(T0, get(target, "updatedAt"));
        assertEquals(T1, get(target, "lastSeenAt"));
        assertNull(get(memberProxy, "createdAt"), "the proxy's own field is never written");
        assertEquals(List.of(), classes.validator("com.acme.Member", T1).validate(memberProxy),
                "the validator reads the real values through the getters");
    }

    static final String PLAIN_BASE = """
            package com.acme;

            import io.github.touchstone.CreatedAt;
            import io.github.touchstone.UpdatedAt;
            import java.time.Instant;

            public abstract class Stamped {
                %s
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Instant createdAt; Instant updatedAt;                          | createdAt  | updatedAt",
        "@CreatedAt Instant registeredOn; @UpdatedAt Instant modifiedOn; | registeredOn | modifiedOn",
    })
    void timestampsInAnAbstractUnannotatedBase(String fields, String created, String updated) {
        TestSource base = TestSource.of("com.acme.Stamped", PLAIN_BASE.formatted(fields));
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class Agent extends Stamped {
                }
                """);
        TestSource task = TestSource.of("com.acme.Task", """
                package com.acme;

                @io.github.touchstone.Timestamped(updatedOnCreate = false)
                public class Task extends Stamped {
                }
                """);
        Compilation compilation = Compilations.compileStrict(files(base, agent, task));
        GeneratedClasses classes = Compilations.load(compilation);
        assertFalse(compilation.generatedSourceFile("com.acme.StampedTimestamps").isPresent(), "the base is no entity");

        Object a = call(classes.timestamps("com.acme.Agent", T0), "onCreate", classes.create("com.acme.Agent"));
        assertEquals(T0, get(a, created));
        assertEquals(T0, get(a, updated));
        Object t = call(classes.timestamps("com.acme.Task", T0), "onCreate", classes.create("com.acme.Task"));
        assertEquals(T0, get(t, created));
        assertNull(get(t, updated), "each subclass keeps its own @Timestamped attributes");
        assertEquals(List.of(), classes.validator("com.acme.Task", T0).validate(t));
    }

    /** The marks have CLASS retention, so a base class compiled earlier (in a jar, or here a class directory) keeps them. */
    @Test
    void marksOnACompiledBaseClassAreSeen(@TempDir Path library) throws IOException {
        TestSource base = TestSource.of("com.acme.base.Stamped", """
                package com.acme.base;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.UpdatedAt;
                import java.time.Instant;

                public abstract class Stamped {
                    @CreatedAt public Instant registeredOn;
                    @UpdatedAt public Instant modifiedOn;
                }
                """);
        Compilation compiled = Compilations.compileStrict(base.file());
        assertThat(compiled).succeededWithoutWarnings();
        for (JavaFileObject file : compiled.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path path = library.resolve("com/acme/base/Stamped.class");
                Files.createDirectories(path.getParent());
                try (var in = file.openInputStream()) {
                    Files.write(path, in.readAllBytes());
                }
            }
        }
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class Agent extends com.acme.base.Stamped {
                }
                """);
        List<File> classpath = new ArrayList<>(List.of(library.toFile()));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).forEach(classpath::add);
        Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new TouchstoneProcessor())
                .withOptions("-Xlint:all", "-Werror").withClasspath(classpath).compile(agent.file());
        assertEquals("", describe(compilation.diagnostics()));
        assertThat(compilation).generatedSourceFile("com.acme.AgentTimestamps").contentsAsUtf8String()
                .contains("registeredOn");
        assertThat(compilation).generatedSourceFile("com.acme.AgentTimestamps").contentsAsUtf8String()
                .contains("modifiedOn");
    }

    // ---------------------------------------------------------------------------------------
    // abstract @Timestamped bases
    // ---------------------------------------------------------------------------------------

    static final TestSource BASE_ENTITY = TestSource.of("com.acme.base.BaseEntity", """
            package com.acme.base;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public abstract class BaseEntity {
                Instant createdAt;
                Instant updatedAt;
            }
            """);

    static final TestSource TASK = TestSource.of("com.acme.Task", """
            package com.acme;

            import com.acme.base.BaseEntity;
            import com.acme.base.BaseEntityTimestamps;
            import com.acme.base.BaseEntityTimestamps;
            import java.util.List;

            public class Task extends BaseEntity {
                public static Task create() {
                    Task t = BaseEntityTimestamps.systemUtc().touch(new Task());
                    Task created = BaseEntityTimestamps.systemUtc().onCreate(t);
                    List<Task> all = BaseEntityTimestamps.systemUtc().touchAll(List.of(created, new Task()));
                    return BaseEntityTimestamps.systemUtc().check(all.get(0)) == created ? created : null;
                }
            }
            """);

    @Test
    void anAbstractBaseHasGenericMethodsThatReturnTheSubclass() throws NoSuchMethodException {
        GeneratedClasses classes = compileAndLoad(BASE_ENTITY.file(), TASK.file());
        Class<?> base = classes.type("com.acme.base.BaseEntity");
        Class<?> helper = classes.type("com.acme.base.BaseEntityTimestamps");
        assertEquals("public <E extends com.acme.base.BaseEntity> E com.acme.base.BaseEntityTimestamps.touch(E)",
                helper.getMethod("touch", base).toGenericString());
        assertEquals("public <E extends com.acme.base.BaseEntity> java.util.List<E> com.acme.base.BaseEntityTimestamps"
                + ".touchAll(java.lang.Iterable<E>)", helper.getMethod("touchAll", Iterable.class).toGenericString());
        assertEquals("io.github.touchstone.internal.EntityTimestamps<com.acme.base.BaseEntity>",
                classes.type("com.acme.base.BaseEntityTimestamps").getGenericSuperclass().getTypeName());

        Object task = classes.callStatic("com.acme.Task", "create");
        assertSame(classes.type("com.acme.Task"), task.getClass());
        Object other = classes.create("com.acme.Task");
        call(classes.timestamps("com.acme.base.BaseEntity", T0), "onCreate", other);
        assertEquals(T0, get(other, "createdAt"));
    }

    @Test
    void anAnnotatedSubclassOfAnAbstractBaseGetsItsOwnHelper() throws NoSuchMethodException {
        TestSource task = TestSource.of("com.acme.Task", """
                package com.acme;

                import com.acme.base.BaseEntity;
                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped(precision = java.time.temporal.ChronoUnit.SECONDS)
                public class Task extends BaseEntity {
                    @ActivityTimestamp(touchesUpdatedAt = true) public Instant doneAt;
                    public Instant getCreatedAt() { return null; }
                }
                """);
        TestSource base = BASE_ENTITY.with("    Instant updatedAt;\n", """
                    Instant updatedAt;

                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant value) { createdAt = value; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant value) { updatedAt = value; }
                """);
        GeneratedClasses classes = compileAndLoad(base.file(), task.file());
        Class<?> taskType = classes.type("com.acme.Task");
        assertEquals("public <E extends com.acme.Task> E com.acme.TaskTimestamps.touch(E)",
                classes.type("com.acme.TaskTimestamps").getMethod("touch", taskType).toGenericString());
        Object t = classes.create("com.acme.Task");
        call(classes.timestamps("com.acme.Task", NOW_FULL), "onCreate", t);
        assertEquals(NOW_FULL.truncatedTo(ChronoUnit.SECONDS), get(t, "createdAt"),
                "the subclass's own precision; written through the base's setter");
        call(classes.timestamps("com.acme.Task", T1.plusSeconds(7200)), "markDoneAt", t);
        assertEquals(get(t, "doneAt"), get(t, "updatedAt"));
    }

    @Test
    void anAbstractGenericBaseNamesItsSubclassVariableApart() throws NoSuchMethodException {
        TestSource base = TestSource.of("com.acme.Base", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public abstract class Base<E extends Comparable<E>> {
                    E id;
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        TestSource user = TestSource.of("com.acme.User", """
                package com.acme;

                import java.util.List;

                public class User extends Base<String> {
                    static List<User> touchBoth(User a, User b) {
                        User created = BaseTimestamps.systemUtc().onCreate(a);
                        return BaseTimestamps.systemUtc().touchAll(List.of(created, b));
                    }
                }
                """);
        GeneratedClasses classes = compileAndLoad(base.file(), user.file());
        assertEquals("public <EE extends com.acme.Base<?>> EE com.acme.BaseTimestamps.touch(EE)", classes.type("com.acme.BaseTimestamps").getMethod("touch", classes.type("com.acme.Base"))
                .toGenericString());
        assertEquals("io.github.touchstone.internal.EntityTimestamps<com.acme.Base<?>>",
                classes.type("com.acme.BaseTimestamps").getGenericSuperclass().getTypeName());
    }

    // ---------------------------------------------------------------------------------------
    // other declarations
    // ---------------------------------------------------------------------------------------

    @Test
    void anEntityInTheUnnamedPackageAndAPackagePrivateFinalEntity() {
        TestSource unnamed = TestSource.of("Agent", """
                @io.github.touchstone.Timestamped
                public class Agent {
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                }
                """);
        TestSource hidden = TestSource.of("com.acme.Hidden", """
                package com.acme;

                @io.github.touchstone.Timestamped
                final class Hidden {
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                }
                """);
        GeneratedClasses classes = compileAndLoad(unnamed.file(), hidden.file());
        for (String entity : List.of("Agent", "com.acme.Hidden")) {
            Object instance = classes.create(entity);
            call(classes.timestamps(entity, T0), "onCreate", instance);
            assertEquals(T0, get(instance, "updatedAt"), entity);
        }
    }

    /**
     * Entities and fields named like the types and locals that generated code uses: the
     * generated names must step aside, and -Werror keeps shadowing and clashing imports out.
     */
    @ParameterizedTest(name = "class {0}")
    @ValueSource(strings = {"Clock", "Instant", "Duration", "Optional", "Objects", "List", "Collections", "Collection",
            "Touched", "Now", "Entities", "Iterable", "Override", "Generated", "TimestampValidator", "Int"})
    void awkwardNames(String name) {
        String parameter = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        TestSource entity = TestSource.of("com.acme." + name, """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class %s {
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                    @io.github.touchstone.ActivityTimestamp java.time.Instant now;
                    java.time.Instant last;
                    @io.github.touchstone.Duration(start = "last", end = "now") Long expected;
                    @io.github.touchstone.Duration(start = "createdAt", end = "now") java.time.Duration violations;
                    @io.github.touchstone.ActivityTimestamp java.time.Instant limit;
                    @io.github.touchstone.ActivityTimestamp java.time.Instant clock;
                    String touched;
                    String collection;
                    String entities;
                    String %s;
                }
                """.formatted(name, parameter.equals("int") ? "int_" : parameter + "Field"));
        GeneratedClasses classes = compileAndLoad(entity.file());
        Object instance = classes.create("com.acme." + name);
        call(classes.timestamps("com.acme." + name, T0), "onCreate", instance);
        set(instance, "last", T0);
        call(classes.timestamps("com.acme." + name, T1), "completeExpected", instance);
        call(classes.timestamps("com.acme." + name, T1), "computeViolations", instance);
        call(classes.timestamps("com.acme." + name, T1), "touchAll", List.of(instance));
        assertEquals(T1, get(instance, "now"));
        assertEquals(90_500L, get(instance, "expected"));
        assertEquals(Duration.ofMillis(90_500), get(instance, "violations"));
        assertEquals(T1, get(instance, "updatedAt"));
        assertEquals(List.of(), classes.validator("com.acme." + name, T1).validate(instance));
    }
}
