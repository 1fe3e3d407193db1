package io.github.touchstone.processor;

import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.Compilations.source;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** onCreate, touch, touchAll, updatedAtOrCreated, age, sinceLastUpdate on an Instant entity. */
class LifecycleTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant T0_MICROS = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final Instant T1 = Instant.parse("2026-03-01T11:30:00.000001999Z");
    static final Instant T1_MICROS = Instant.parse("2026-03-01T11:30:00.000001Z");

    static final String AGENT = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped%s
            public class Agent {
                Instant createdAt;
                Instant updatedAt;
            }
            """;

    private static GeneratedClasses agent(String attributes) {
        return compileAndLoad(source("com.acme.Agent", AGENT.formatted(attributes)));
    }

    @Test
    void onCreateSetsBothTimestampsToOneTruncatedInstant() {
        GeneratedClasses classes = agent("");
        Object agent = classes.create("com.acme.Agent");
        Object returned = call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        assertSame(agent, returned);
        assertEquals(T0_MICROS, get(agent, "createdAt"));
        assertEquals(T0_MICROS, get(agent, "updatedAt"));
    }

    @Test
    void onCreateNeverOverwrites() {
        GeneratedClasses classes = agent("");
        Object agent = classes.create("com.acme.Agent");
        set(agent, "createdAt", T0);
        call(classes.timestamps("com.acme.Agent", T1), "onCreate", agent);
        assertEquals(T0, get(agent, "createdAt"), "createdAt kept");
        assertEquals(T0, get(agent, "updatedAt"), "updatedAt takes createdAt, not now");

        set(agent, "updatedAt", T1);
        call(classes.timestamps("com.acme.Agent", T1.plusSeconds(60)), "onCreate", agent);
        assertEquals(T0, get(agent, "createdAt"));
        assertEquals(T1, get(agent, "updatedAt"));
    }

    @Test
    void updatedOnCreateFalseLeavesUpdatedAtNull() {
        GeneratedClasses classes = agent("(updatedOnCreate = false)");
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        assertEquals(T0_MICROS, get(agent, "createdAt"));
        assertNull(get(agent, "updatedAt"));
        call(classes.timestamps("com.acme.Agent", T1), "touch", agent);
        assertEquals(T1_MICROS, get(agent, "updatedAt"));
    }

    @Test
    void touchSetsUpdatedAtAndNeverCreatedAt() {
        GeneratedClasses classes = agent("");
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        assertSame(agent, call(classes.timestamps("com.acme.Agent", T1), "touch", agent));
        assertEquals(T0_MICROS, get(agent, "createdAt"));
        assertEquals(T1_MICROS, get(agent, "updatedAt"));
    }

    @Test
    void touchOfANewEntityLeavesCreatedAtNull() {
        GeneratedClasses classes = agent("");
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T1), "touch", agent);
        assertNull(get(agent, "createdAt"));
        assertEquals(T1_MICROS, get(agent, "updatedAt"));
    }

    @Test
    void touchAllUsesOneInstantReadOnce() {
        GeneratedClasses classes = agent("");
        ArrayDeque<Instant> instants = new ArrayDeque<>(List.of(T0, T1, T1.plusSeconds(1)));
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return instants.removeFirst();
            }
        };
        Object helper = classes.timestamps("com.acme.Agent", ticking);
        List<Object> agents = List.of(classes.create("com.acme.Agent"), classes.create("com.acme.Agent"),
                classes.create("com.acme.Agent"));
        List<?> touched = (List<?>) call(helper, "touchAll", agents);
        assertEquals(agents, touched);
        for (Object agent : agents) {
            assertEquals(T0_MICROS, get(agent, "updatedAt"));
        }
        assertEquals(2, instants.size(), "the clock was read once");
        assertThrows(UnsupportedOperationException.class, () -> touched.clear(), "the result is unmodifiable");
    }

    @Test
    void touchAllAcceptsAnyIterableAndRejectsNullElements() {
        GeneratedClasses classes = agent("");
        Object helper = classes.timestamps("com.acme.Agent", T0);
        Object agent = classes.create("com.acme.Agent");
        Iterable<Object> iterable = () -> List.of(agent).iterator();
        assertEquals(List.of(agent), call(helper, "touchAll", iterable));
        assertEquals(List.of(), call(helper, "touchAll", List.of()));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> call(helper, "touchAll", java.util.Arrays.asList(agent, null)));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void updatedAtOrCreatedFallsBackToCreatedAt() {
        GeneratedClasses classes = agent("");
        Object helper = classes.timestamps("com.acme.Agent", T1);
        Object agent = classes.create("com.acme.Agent");
        assertNull(call(helper, "updatedAtOrCreated", agent));
        set(agent, "createdAt", T0);
        assertEquals(T0, call(helper, "updatedAtOrCreated", agent));
        set(agent, "updatedAt", T1);
        assertEquals(T1, call(helper, "updatedAtOrCreated", agent));
    }

    @Test
    void ageAndSinceLastUpdateAreEmptyRatherThanZeroWhenUnknown() {
        GeneratedClasses classes = agent("");
        Object helper = classes.timestamps("com.acme.Agent", T1);
        Object agent = classes.create("com.acme.Agent");
        assertEquals(Optional.empty(), call(helper, "age", agent));
        assertEquals(Optional.empty(), call(helper, "sinceLastUpdate", agent));
        set(agent, "createdAt", T0_MICROS);
        assertEquals(Optional.of(Duration.between(T0_MICROS, T1_MICROS)), call(helper, "age", agent));
        assertEquals(Optional.of(Duration.between(T0_MICROS, T1_MICROS)), call(helper, "sinceLastUpdate", agent));
        set(agent, "updatedAt", T1_MICROS.minusSeconds(5));
        assertEquals(Optional.of(Duration.ofSeconds(5)), call(helper, "sinceLastUpdate", agent));
    }

    @ParameterizedTest
    @CsvSource({
        "NANOS,   2026-03-01T10:00:00.123456789Z",
        "MICROS,  2026-03-01T10:00:00.123456Z",
        "MILLIS,  2026-03-01T10:00:00.123Z",
        "SECONDS, 2026-03-01T10:00:00Z",
    })
    void precisionTruncatesEveryGeneratedNow(String precision, String expected) {
        GeneratedClasses classes = agent("(precision = java.time.temporal.ChronoUnit." + precision + ")");
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        assertEquals(Instant.parse(expected), get(agent, "createdAt"));
        call(classes.timestamps("com.acme.Agent", T0), "touch", agent);
        assertEquals(Instant.parse(expected), get(agent, "updatedAt"));
    }

    @Test
    void systemUtcIsSharedAndOnTheSystemClock() {
        GeneratedClasses classes = agent("");
        Object shared = classes.callStatic("com.acme.AgentTimestamps", "systemUtc");
        assertSame(shared, classes.callStatic("com.acme.AgentTimestamps", "systemUtc"));
        assertEquals(Clock.systemUTC(), call(shared, "clock"));
        Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
        assertSame(fixed, call(classes.timestamps("com.acme.Agent", T0).getClass().cast(
                classes.timestamps("com.acme.Agent", fixed)), "clock"));
    }

    @Test
    void nullArgumentsThrowClearNullPointerExceptions() {
        GeneratedClasses classes = agent("");
        Object helper = classes.timestamps("com.acme.Agent", T0);
        NullPointerException clock = assertThrows(NullPointerException.class,
                () -> classes.callStatic("com.acme.AgentTimestamps", "withClock", (Object) null));
        assertTrue(clock.getMessage().contains("clock"), clock.getMessage());
        for (String method : List.of("onCreate", "touch", "updatedAtOrCreated", "age", "sinceLastUpdate", "touchAll")) {
            NullPointerException e = assertThrows(NullPointerException.class, () -> call(helper, method, (Object) null));
            assertTrue(e.getMessage().contains("must not be null"), method + ": " + e.getMessage());
        }
    }
}
