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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mark methods ({@code once}, {@code touchesUpdatedAt}) and duration calculators of every stored type. */
class ActivityAndDurationTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T10:00:01.500250Z");

    static final String AGENT = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            @io.github.touchstone.Duration(name = "lifetime", start = "createdAt", end = "stoppedAt")
            public class Agent {
                Instant createdAt;
                Instant updatedAt;
                @ActivityTimestamp Instant lastActiveAt;
                @ActivityTimestamp(once = true, touchesUpdatedAt = true) Instant stoppedAt;
                @ActivityTimestamp(touchesUpdatedAt = true) Instant seenAt;
            }
            """;

    static final String SESSION = """
            package com.acme;

            import io.github.touchstone.Duration;
            import java.time.Instant;

            public class Session {
                Instant startTime;
                Instant endTime;
                @Duration(start = "startTime", end = "endTime"%s) %s executionTime;
            }
            """;

    @Test
    void markOverwritesAndLeavesUpdatedAtAlone() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Agent", AGENT));
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        assertSame(agent, call(classes.timestamps("com.acme.Agent", T0), "markLastActiveAt", agent));
        assertEquals(T0, get(agent, "lastActiveAt"));
        call(classes.timestamps("com.acme.Agent", T1), "markLastActiveAt", agent);
        assertEquals(T1, get(agent, "lastActiveAt"), "every mark overwrites");
        assertEquals(T0, get(agent, "updatedAt"), "activity is not a data change");
    }

    @Test
    void touchesUpdatedAtSetsTheSameInstant() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Agent", AGENT));
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        call(classes.timestamps("com.acme.Agent", T1), "markSeenAt", agent);
        assertEquals(T1, get(agent, "seenAt"));
        assertEquals(T1, get(agent, "updatedAt"));
        assertEquals(T0, get(agent, "createdAt"));
    }

    @Test
    void onceRefusesASecondMarkAndChangesNothing() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Agent", AGENT));
        Object agent = classes.create("com.acme.Agent");
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        call(classes.timestamps("com.acme.Agent", T0), "markStoppedAt", agent);
        assertEquals(T0, get(agent, "stoppedAt"));
        Instant later = T1.plusSeconds(3600);
        set(agent, "updatedAt", T1);
        call(classes.timestamps("com.acme.Agent", later), "markStoppedAt", agent);
        assertEquals(T0, get(agent, "stoppedAt"), "once: immutable after the first mark");
        assertEquals(T1, get(agent, "updatedAt"), "a refused mark does not touch updatedAt either");
    }

    @Test
    void typeLevelDurationComputesWithoutStoring() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Agent", AGENT));
        Object agent = classes.create("com.acme.Agent");
        Object helper = classes.timestamps("com.acme.Agent", T1);
        assertEquals(Optional.empty(), call(helper, "lifetime", agent));
        assertEquals(Optional.empty(), call(helper, "elapsedLifetime", agent));
        set(agent, "createdAt", T0);
        assertEquals(Optional.empty(), call(helper, "lifetime", agent), "a null end gives empty, not zero");
        assertEquals(Optional.of(Duration.between(T0, T1)), call(helper, "elapsedLifetime", agent), "running: end = now");
        set(agent, "stoppedAt", T0.plusSeconds(90));
        assertEquals(Optional.of(Duration.ofSeconds(90)), call(helper, "lifetime", agent));
        assertEquals(Optional.of(Duration.ofSeconds(90)), call(helper, "elapsedLifetime", agent));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "Long,               ,                                          1500",
        "long,               ,                                          1500",
        "Integer,            ,                                          1500",
        "int,                ,                                          1500",
        "Long,               ', unit = java.time.temporal.ChronoUnit.SECONDS', 1",
        "Long,               ', unit = java.time.temporal.ChronoUnit.MICROS',  1500250",
        "long,               ', unit = java.time.temporal.ChronoUnit.NANOS',   1500250000",
        "java.time.Duration, ,                                          PT1.50025S",
        "java.time.Duration, ', unit = java.time.temporal.ChronoUnit.MILLIS',  PT1.5S",
    })
    void storedDurationIsTruncatedToItsUnit(String type, String unit, String expected) {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Session",
                SESSION.formatted(unit == null ? "" : unit, type)));
        Object session = classes.create("com.acme.Session");
        Object helper = classes.timestamps("com.acme.Session", T1);
        Object unset = get(session, "executionTime");

        assertSame(session, call(helper, "computeExecutionTime", session));
        assertEquals(unset, get(session, "executionTime"), "both ends null: unchanged");
        set(session, "startTime", T0);
        call(helper, "computeExecutionTime", session);
        assertEquals(unset, get(session, "executionTime"), "end null: unchanged");

        assertSame(session, call(helper, "completeExecutionTime", session));
        assertEquals(T1, get(session, "endTime"), "complete sets the end to now");
        assertEquals(expected, String.valueOf(get(session, "executionTime")));
        assertEquals(Optional.of(Duration.between(T0, T1)), call(helper, "executionTime", session),
                "the calculator is exact, whatever the stored unit");

        set(session, "endTime", T0.plusSeconds(10));
        call(helper, "completeExecutionTime", session);
        assertEquals(T0.plusSeconds(10), get(session, "endTime"), "a set end is kept");
        call(helper, "computeExecutionTime", session);
        assertEquals(Optional.of(Duration.ofSeconds(10)), call(helper, "elapsedExecutionTime", session));
    }

    /** Regression: JDK 17's {@code ChronoUnit.MILLIS.between} truncated each end first and gave 1235. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({"MILLIS, 1234", "MICROS, 1234568", "SECONDS, 1", "NANOS, 1234568000"})
    void storedDurationTruncatesTheDifferenceNotTheEnds(String unit, long expected) {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Session",
                SESSION.formatted(", unit = java.time.temporal.ChronoUnit." + unit, "Long")));
        Object session = classes.create("com.acme.Session");
        set(session, "startTime", Instant.parse("2026-03-01T10:00:00.123456Z"));
        set(session, "endTime", Instant.parse("2026-03-01T10:00:01.358024Z"));
        call(classes.timestamps("com.acme.Session", T1), "computeExecutionTime", session);
        assertEquals(expected, get(session, "executionTime"));
        assertEquals(List.of(), classes.validator("com.acme.Session", T1).validate(session), "the validator agrees");
    }

    @Test
    void completeWithoutStartSetsTheEndOnly() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Session", SESSION.formatted("", "Long")));
        Object session = classes.create("com.acme.Session");
        call(classes.timestamps("com.acme.Session", T1), "completeExecutionTime", session);
        assertEquals(T1, get(session, "endTime"));
        assertNull(get(session, "executionTime"));
        assertEquals(Optional.empty(), call(classes.timestamps("com.acme.Session", T1), "elapsedExecutionTime", session));
    }

    @Test
    void anIntThatCannotHoldTheDurationFailsLoudly() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Session",
                SESSION.formatted(", unit = java.time.temporal.ChronoUnit.NANOS", "int")));
        Object session = classes.create("com.acme.Session");
        set(session, "startTime", T0);
        set(session, "endTime", T0.plusSeconds(10));
        assertThrows(ArithmeticException.class,
                () -> call(classes.timestamps("com.acme.Session", T1), "computeExecutionTime", session));
        assertEquals(0, get(session, "executionTime"), "nothing half-written");
    }

    @Test
    void entityWithoutTimestampedUsesMicrosPrecision() {
        GeneratedClasses classes = compileAndLoad(source("com.acme.Session", SESSION.formatted("", "Long")));
        Object session = classes.create("com.acme.Session");
        call(classes.timestamps("com.acme.Session", Instant.parse("2026-03-01T10:00:00.123456789Z")),
                "completeExecutionTime", session);
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456Z"), get(session, "endTime"));
    }
}
