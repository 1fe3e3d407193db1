package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Immutable classes served through withers (a changed copy comes back, the argument is
 * untouched), methods generic over the subclasses of every class that is not {@code final}
 * (concrete and generic bases), and {@code touchAll} returning a view of a list it changed in
 * place.
 */
class WithersAndSubclassesTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T09:01:30.500Z");

    static final TestSource IMMUTABLE = TestSource.of("com.acme.Agent", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public final class Agent {
                private final String name;
                private final Instant createdAt;
                private final Instant updatedAt;
                @ActivityTimestamp(touchesUpdatedAt = true) private final Instant stoppedAt;
                @Duration(start = "createdAt", end = "stoppedAt") private final Long runMs;

                public Agent(String name, Instant createdAt, Instant updatedAt, Instant stoppedAt, Long runMs) {
                    this.name = name;
                    this.createdAt = createdAt;
                    this.updatedAt = updatedAt;
                    this.stoppedAt = stoppedAt;
                    this.runMs = runMs;
                }

                public String getName() { return name; }
                public Instant getCreatedAt() { return createdAt; }
                public Instant getUpdatedAt() { return updatedAt; }
                public Instant getStoppedAt() { return stoppedAt; }
                public Long getRunMs() { return runMs; }
                public Agent withCreatedAt(Instant v) { return new Agent(name, v, updatedAt, stoppedAt, runMs); }
                public Agent withUpdatedAt(Instant v) { return new Agent(name, createdAt, v, stoppedAt, runMs); }
                public Agent withStoppedAt(Instant v) { return new Agent(name, createdAt, updatedAt, v, runMs); }
                public Agent withRunMs(Long v) { return new Agent(name, createdAt, updatedAt, stoppedAt, v); }
            }
            """);

    /**
     * Every method that returns a wither's copy carries {@code @CheckReturnValue}, so Error Prone
     * and IDEs flag {@code timestamps.touch(agent);} whose copy is dropped; the reading methods do not.
     */
    @Test
    void everyMethodReturningACopyCarriesCheckReturnValue() throws Exception {
        String code = Compilations.compile(IMMUTABLE.file()).generatedSourceFile("com.acme.AgentTimestamps")
                .orElseThrow().getCharContent(true).toString();
        for (String method : List.of("onCreate(Agent agent)", "touch(Agent agent)", "touchAll(Iterable<Agent> entities)",
                "markStoppedAt(Agent agent)", "computeRunMs(Agent agent)", "completeRunMs(Agent agent)")) {
            int at = code.indexOf(method);
            assertTrue(at > 0, method + " in\n" + code);
            String before = code.substring(code.lastIndexOf("*/", at), at);
            assertTrue(before.contains("@CheckReturnValue"), method + " carries @CheckReturnValue: " + before);
        }
        for (String method : List.of("updatedAtOrCreated(Agent agent)", "age(Agent agent)", "runMs(Agent agent)")) {
            int at = code.indexOf(method);
            assertFalse(code.substring(code.lastIndexOf("*/", at), at).contains("@CheckReturnValue"), method);
        }
    }

    @Test
    void anImmutableClassIsChangedThroughItsWithersAndTheArgumentIsUntouched() throws Exception {
        GeneratedClasses classes = Compilations.compileAndLoad(IMMUTABLE.file());
        Class<?> agentType = classes.type("com.acme.Agent");
        Object agent = agentType.getConstructors()[0].newInstance("ada", null, null, null, null);

        Object created = call(helper(classes, T0), "onCreate", agent);
        assertNotSame(agent, created);
        assertNull(call(agent, "getCreatedAt"), "the argument is untouched");
        assertEquals(T0, call(created, "getCreatedAt"));
        assertEquals(T0, call(created, "getUpdatedAt"));
        assertEquals("ada", call(created, "getName"));

        Object stopped = call(helper(classes, T1), "completeRunMs", call(helper(classes, T1), "markStoppedAt", created));
        assertEquals(T1, call(stopped, "getStoppedAt"));
        assertEquals(T1, call(stopped, "getUpdatedAt"), "touchesUpdatedAt: the same instant, through its wither");
        assertEquals(90_500L, call(stopped, "getRunMs"));
        assertEquals(T0, call(created, "getUpdatedAt"), "each step returned a copy");

        List<Object> list = new ArrayList<>(List.of(created, stopped));
        List<?> touched = (List<?>) call(helper(classes, T1.plusSeconds(1)), "touchAll", list);
        assertEquals(T1.plusSeconds(1), call(touched.get(0), "getUpdatedAt"));
        assertEquals(T0, call(list.get(0), "getUpdatedAt"), "copies come back in a new list");
        assertEquals(List.of(), classes.validator("com.acme.Agent", T1.plusSeconds(1)).validate(touched.get(1)));

        assertEquals("public com.acme.Agent com.acme.AgentTimestamps.touch(com.acme.Agent)",
                classes.type("com.acme.AgentTimestamps").getMethod("touch", agentType).toGenericString(),
                "a wither returns the class, not a subclass");
    }

    @Test
    void touchAllReturnsAViewOfAListItChangedInPlace() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Task", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class Task {
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                }
                """).file());
        List<Object> tasks = new ArrayList<>(List.of(classes.create("com.acme.Task"), classes.create("com.acme.Task")));
        List<?> touched = (List<?>) call(classes.timestamps("com.acme.Task", T1), "touchAll", tasks);
        assertSame(tasks.get(1), touched.get(1));
        tasks.add(classes.create("com.acme.Task"));
        assertEquals(3, touched.size(), "a view of the argument, not a copy");
        assertThrows(UnsupportedOperationException.class, () -> touched.remove(0));

        List<?> fromASet = (List<?>) call(classes.timestamps("com.acme.Task", T1), "touchAll", Set.of(tasks.get(2)));
        assertEquals(T1, GeneratedClasses.get(fromASet.get(0), "updatedAt"));
    }

    /** Issue: a concrete base's helper returned the base, so {@code Item i = onCreate(new Item())} did not compile. */
    @Test
    void aConcreteOrGenericBaseServesEverySubclassAsItself() {
        TestSource base = TestSource.of("com.acme.Base", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class Base {
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                }
                """);
        TestSource audited = TestSource.of("com.acme.Audited", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public abstract class Audited<K> {
                    K id;
                    java.time.Instant createdAt;
                    java.time.Instant updatedAt;
                }
                """);
        TestSource use = TestSource.of("com.acme.Item", """
                package com.acme;

                import java.util.List;

                public class Item extends Base {
                    public static Item create() {
                        Item item = BaseTimestamps.systemUtc().onCreate(new Item());
                        return item;
                    }

                    static List<Audited<?>> touchMixed(Audited<?> a, Audited<?> b) {
                        List<Audited<?>> all = List.of(a, b);
                        return AuditedTimestamps.systemUtc().touchAll(all);
                    }

                    static Order touchOrder(Order order) {
                        return AuditedTimestamps.systemUtc().touch(order);
                    }

                    static final class Order extends Audited<Long> {
                    }
                }
                """);
        GeneratedClasses classes = Compilations.compileAndLoad(base.file(), audited.file(), use.file());
        Object item = classes.callStatic("com.acme.Item", "create");
        assertEquals("com.acme.Item", item.getClass().getName());
    }

    private static Object helper(GeneratedClasses classes, Instant now) {
        return classes.timestamps("com.acme.Agent", now);
    }
}
