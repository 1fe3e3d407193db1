package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compile;
import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the SPEC's table of timestamp types through the whole generated API: one
 * entity per type, with every timestamp of that type, run through every lifecycle, activity
 * and duration method and every validator rule, with exact values from a pinned clock. A
 * {@link TickingClock} proves each method reads the clock once.
 */
class TypeMatrixTest {

    /** A clock reading with nanoseconds; the default precision MICROS keeps 10:00:00.123456. */
    static final Instant NOW_FULL = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant NOW_MICROS = Instant.parse("2026-03-01T10:00:00.123456Z");
    /** Instants that every type holds exactly (a quarter second is exact in binary). */
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.250Z");
    static final Instant T1 = T0.plusMillis(90_500);
    /** The validator's now in the rule tests. */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** An entity whose every timestamp has the type {@code %2$s}; {@code %1$s} is room for @SuppressWarnings. */
    static final String AGENT = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;

            @Timestamped(futureTolerance = "PT10S")
            @Duration(name = "lifetime", start = "createdAt", end = "stoppedAt")
            %1$s
            public class Agent {
                %2$s createdAt;
                %2$s updatedAt;
                @ActivityTimestamp %2$s lastActiveAt;
                @ActivityTimestamp(once = true, touchesUpdatedAt = true) %2$s stoppedAt;
                %2$s startTime;
                %2$s endTime;
                @Duration(start = "startTime", end = "endTime") Long runMs;
                @Duration(start = "startTime", end = "endTime") java.time.Duration run;
            }
            """;

    static final List<String> TIMESTAMPS = List.of("createdAt", "updatedAt", "lastActiveAt", "stoppedAt", "startTime",
            "endTime");

    private static final Map<TimeKind, GeneratedClasses> COMPILED = new EnumMap<>(TimeKind.class);

    /** The entity of {@code kind}, compiled strictly once; only LocalDateTime needs its warning silenced. */
    private static GeneratedClasses classes(TimeKind kind) {
        return COMPILED.computeIfAbsent(kind, k -> compileAndLoad(Compilations.source("com.acme.Agent", AGENT.formatted(
                k == TimeKind.LOCAL_DATE_TIME ? "@SuppressWarnings(\"touchstone\")" : "", k.source))));
    }

    private static Object agent(TimeKind kind) {
        return classes(kind).create("com.acme.Agent");
    }

    // ---------------------------------------------------------------------------------------
    // lifecycle
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void onCreateWritesOneReadingOfTheClockInTheFieldsType(TimeKind kind) {
        Object agent = agent(kind);
        TickingClock clock = new TickingClock(NOW_FULL);
        assertSame(agent, call(classes(kind).timestamps("com.acme.Agent", clock), "onCreate", agent));

        Object expected = kind.of(NOW_MICROS);
        assertEquals(expected, get(agent, "createdAt"));
        assertEquals(expected, get(agent, "updatedAt"), "updatedAt takes createdAt");
        assertEquals(1, clock.reads());

        call(classes(kind).timestamps("com.acme.Agent", T1), "onCreate", agent);
        assertEquals(expected, get(agent, "createdAt"), "never overwritten");
        assertEquals(expected, get(agent, "updatedAt"));
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void writtenValuesAreAtUtc(TimeKind kind) {
        Object agent = agent(kind);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL), "onCreate", agent);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL), "markLastActiveAt", agent);
        for (String field : List.of("createdAt", "updatedAt", "lastActiveAt")) {
            Object value = get(agent, field);
            assertEquals(kind.type, value.getClass(), field);
            if (value instanceof OffsetDateTime offset) {
                assertSame(ZoneOffset.UTC, offset.getOffset(), field);
            } else if (value instanceof ZonedDateTime zoned) {
                assertSame(ZoneOffset.UTC, zoned.getZone(), field + " is at ZoneOffset.UTC, not a region");
            }
            assertEquals(NOW_MICROS.truncatedTo(kind.resolution()), kind.instant(value).truncatedTo(ChronoUnit.MICROS),
                    field + " stands for now");
        }
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void touchWritesNowIntoUpdatedAtOnly(TimeKind kind) {
        Object agent = agent(kind);
        call(classes(kind).timestamps("com.acme.Agent", T0), "onCreate", agent);
        TickingClock clock = new TickingClock(NOW_FULL);
        assertSame(agent, call(classes(kind).timestamps("com.acme.Agent", clock), "touch", agent));
        assertEquals(kind.of(NOW_MICROS), get(agent, "updatedAt"));
        assertEquals(kind.of(T0), get(agent, "createdAt"));
        assertEquals(1, clock.reads());
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void touchAllWritesOneIdenticalValue(TimeKind kind) {
        List<Object> agents = List.of(agent(kind), agent(kind), agent(kind));
        TickingClock clock = new TickingClock(NOW_FULL, Duration.ofNanos(1_000));
        assertEquals(agents, call(classes(kind).timestamps("com.acme.Agent", clock), "touchAll", agents));
        for (Object agent : agents) {
            assertEquals(kind.of(NOW_MICROS), get(agent, "updatedAt"));
        }
        assertEquals(1, clock.reads());
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void updatedAtOrCreatedKeepsTheFieldsType(TimeKind kind) throws NoSuchMethodException {
        GeneratedClasses classes = classes(kind);
        assertEquals(kind.type, classes.type("com.acme.AgentTimestamps")
                .getMethod("updatedAtOrCreated", classes.type("com.acme.Agent")).getReturnType());
        Object agent = agent(kind);
        Object helper = classes(kind).timestamps("com.acme.Agent", NOW);
        assertNull(call(helper, "updatedAtOrCreated", agent));
        set(agent, "createdAt", kind.of(T0));
        assertEquals(kind.of(T0), call(helper, "updatedAtOrCreated", agent));
        set(agent, "updatedAt", kind.of(T1));
        assertEquals(kind.of(T1), call(helper, "updatedAtOrCreated", agent));
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void ageAndSinceLastUpdateAreExact(TimeKind kind) {
        Object agent = agent(kind);
        Object helper = classes(kind).timestamps("com.acme.Agent", T1);
        assertEquals(Optional.empty(), call(helper, "age", agent));
        assertEquals(Optional.empty(), call(helper, "sinceLastUpdate", agent));
        set(agent, "createdAt", kind.of(T0));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "age", agent));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "sinceLastUpdate", agent), "falls back to createdAt");
        set(agent, "updatedAt", kind.of(T0.plusSeconds(60)));
        assertEquals(Optional.of(Duration.ofMillis(30_500)), call(helper, "sinceLastUpdate", agent));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "age", agent));
    }

    // ---------------------------------------------------------------------------------------
    // activity
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void markWritesNowAndLeavesUpdatedAtAlone(TimeKind kind) {
        Object agent = agent(kind);
        call(classes(kind).timestamps("com.acme.Agent", T0), "onCreate", agent);
        TickingClock clock = new TickingClock(NOW_FULL);
        assertSame(agent, call(classes(kind).timestamps("com.acme.Agent", clock), "markLastActiveAt", agent));
        assertEquals(kind.of(NOW_MICROS), get(agent, "lastActiveAt"));
        assertEquals(kind.of(T0), get(agent, "updatedAt"));
        assertEquals(1, clock.reads());
        call(classes(kind).timestamps("com.acme.Agent", T1), "markLastActiveAt", agent);
        assertEquals(kind.of(T1), get(agent, "lastActiveAt"), "every mark overwrites");
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void markOnceTouchingUpdatedAtWritesOneValueTwiceAndThenNothing(TimeKind kind) {
        Object agent = agent(kind);
        call(classes(kind).timestamps("com.acme.Agent", T0), "onCreate", agent);
        TickingClock clock = new TickingClock(NOW_FULL);
        call(classes(kind).timestamps("com.acme.Agent", clock), "markStoppedAt", agent);
        assertEquals(kind.of(NOW_MICROS), get(agent, "stoppedAt"));
        assertEquals(kind.of(NOW_MICROS), get(agent, "updatedAt"), "the same instant");
        assertEquals(1, clock.reads());

        call(classes(kind).timestamps("com.acme.Agent", clock), "markStoppedAt", agent);
        assertEquals(kind.of(NOW_MICROS), get(agent, "stoppedAt"), "once: immutable");
        assertEquals(kind.of(NOW_MICROS), get(agent, "updatedAt"), "a refused mark changes nothing");
        assertEquals(kind.of(T0), get(agent, "createdAt"));
    }

    // ---------------------------------------------------------------------------------------
    // durations
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void typeLevelDurationBetweenLifecycleAndActivity(TimeKind kind) {
        Object agent = agent(kind);
        Object helper = classes(kind).timestamps("com.acme.Agent", T1);
        assertEquals(Optional.empty(), call(helper, "lifetime", agent));
        assertEquals(Optional.empty(), call(helper, "elapsedLifetime", agent));
        set(agent, "createdAt", kind.of(T0));
        assertEquals(Optional.empty(), call(helper, "lifetime", agent), "a null end: empty, not zero");
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "elapsedLifetime", agent), "running: end = now");
        set(agent, "stoppedAt", kind.of(T0.plusSeconds(10)));
        assertEquals(Optional.of(Duration.ofSeconds(10)), call(helper, "lifetime", agent));
        assertEquals(Optional.of(Duration.ofSeconds(10)), call(helper, "elapsedLifetime", agent));
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void storedDurationsComputeAndComplete(TimeKind kind) {
        Object agent = agent(kind);
        Object helper = classes(kind).timestamps("com.acme.Agent", T1);
        assertEquals(Optional.empty(), call(helper, "runMs", agent));
        assertSame(agent, call(helper, "computeRunMs", agent));
        assertNull(get(agent, "runMs"), "no interval: unchanged");
        set(agent, "startTime", kind.of(T0));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "elapsedRunMs", agent));
        call(helper, "computeRunMs", agent);
        assertNull(get(agent, "runMs"), "an open interval: unchanged");

        TickingClock clock = new TickingClock(T1);
        assertSame(agent, call(classes(kind).timestamps("com.acme.Agent", clock), "completeRunMs", agent));
        assertEquals(1, clock.reads());
        assertEquals(kind.of(T1), get(agent, "endTime"), "complete ends the interval now");
        assertEquals(90_500L, get(agent, "runMs"));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), call(helper, "runMs", agent));

        call(classes(kind).timestamps("com.acme.Agent", T1.plusSeconds(60)), "completeRun", agent);
        assertEquals(kind.of(T1), get(agent, "endTime"), "a set end is kept");
        assertEquals(Duration.ofMillis(90_500), get(agent, "run"));

        set(agent, "endTime", kind.of(T0.plusSeconds(1)));
        call(helper, "computeRunMs", agent);
        call(helper, "computeRun", agent);
        assertEquals(1_000L, get(agent, "runMs"));
        assertEquals(Duration.ofSeconds(1), get(agent, "run"));
    }

    // ---------------------------------------------------------------------------------------
    // validator
    // ---------------------------------------------------------------------------------------

    /** Created an hour before NOW, touched, active, stopped, and a 90.5 s run stored right. */
    private static Object validAgent(TimeKind kind) {
        Object agent = agent(kind);
        set(agent, "createdAt", kind.of(NOW.minusSeconds(3600)));
        set(agent, "updatedAt", kind.of(NOW.minusSeconds(60)));
        set(agent, "lastActiveAt", kind.of(NOW.minusSeconds(30)));
        set(agent, "stoppedAt", kind.of(NOW.minusSeconds(10)));
        set(agent, "startTime", kind.of(NOW.minusSeconds(600)));
        set(agent, "endTime", kind.of(NOW.minusSeconds(600).plusMillis(90_500)));
        set(agent, "runMs", 90_500L);
        set(agent, "run", Duration.ofMillis(90_500));
        return agent;
    }

    /** One broken entity per rule: what to change, and the field the violation names. */
    record Breakage(Rule rule, String field, BiConsumer<Object, TimeKind> breakIt) {
        @Override
        public String toString() {
            return rule + " on " + field;
        }
    }

    static Stream<Arguments> everyRuleOnEveryType() {
        List<Breakage> breakages = List.of(
                new Breakage(Rule.CREATED_AT_MISSING, "createdAt", (a, k) -> set(a, "createdAt", null)),
                new Breakage(Rule.UPDATED_AT_MISSING, "updatedAt", (a, k) -> set(a, "updatedAt", null)),
                // the first millisecond past the limit; a Double cannot tell its start from the
                // nanosecond before, so it is checked from the next one
                new Breakage(Rule.IN_FUTURE, "lastActiveAt", (a, k) -> set(a, "lastActiveAt",
                        k.of(NOW.plusSeconds(10).plusMillis(k == TimeKind.EPOCH_SECONDS ? 2 : 1)))),
                new Breakage(Rule.IN_FUTURE, "endTime", (a, k) -> {
                    set(a, "endTime", k.of(NOW.plusSeconds(11)));
                    set(a, "runMs", null);
                    set(a, "run", null);
                }),
                new Breakage(Rule.BEFORE_CREATED_AT, "updatedAt",
                        (a, k) -> set(a, "updatedAt", k.of(NOW.minusSeconds(3600).minusMillis(1)))),
                new Breakage(Rule.BEFORE_CREATED_AT, "lastActiveAt",
                        (a, k) -> set(a, "lastActiveAt", k.of(NOW.minusSeconds(3601)))),
                new Breakage(Rule.END_BEFORE_START, "endTime", (a, k) -> {
                    set(a, "endTime", k.of(NOW.minusSeconds(600).minusMillis(1)));
                    set(a, "runMs", null);
                    set(a, "run", null);
                }),
                new Breakage(Rule.DURATION_MISMATCH, "runMs", (a, k) -> set(a, "runMs", 90_499L)),
                new Breakage(Rule.DURATION_MISMATCH, "run", (a, k) -> set(a, "run", Duration.ofMillis(90_501))),
                new Breakage(Rule.DURATION_WITHOUT_INTERVAL, "runMs", (a, k) -> {
                    set(a, "startTime", null);
                    set(a, "run", null);
                }));
        return Stream.of(TimeKind.values()).flatMap(kind -> breakages.stream().map(b -> arguments(kind, b)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void everyRuleOnEveryType(TimeKind kind, Breakage breakage) {
        Object agent = validAgent(kind);
        assertEquals(List.of(), classes(kind).validator("com.acme.Agent", NOW).validate(agent),
                "valid before the change");
        breakage.breakIt().accept(agent, kind);
        List<TimestampViolation> violations = classes(kind).validator("com.acme.Agent", NOW).validate(agent);
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(breakage.rule(), violations.get(0).rule());
        assertEquals(breakage.field(), violations.get(0).field());
        assertTrue(violations.get(0).message().startsWith("Agent." + breakage.field() + " "), violations.get(0).message());
        Object value = get(agent, breakage.field());
        if (value != null && breakage.rule() != Rule.DURATION_MISMATCH) {
            assertTrue(violations.get(0).message().contains(value.toString()), "shows the value: " + violations.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void inFutureExactlyAtTheToleranceIsFine(TimeKind kind) {
        Object agent = validAgent(kind);
        set(agent, "lastActiveAt", kind.of(NOW.plusSeconds(10)));
        assertEquals(List.of(), classes(kind).validator("com.acme.Agent", NOW).validate(agent));
    }

    @ParameterizedTest
    @EnumSource(TimeKind.class)
    void whatTheHelperWritesTheValidatorAccepts(TimeKind kind) {
        Object agent = agent(kind);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL), "onCreate", agent);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL.plusNanos(1)), "markLastActiveAt", agent);
        set(agent, "startTime", kind.of(NOW_MICROS));
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL.plusMillis(1_500)), "completeRunMs", agent);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL.plusMillis(1_500)), "computeRun", agent);
        call(classes(kind).timestamps("com.acme.Agent", NOW_FULL.plusSeconds(2)), "markStoppedAt", agent);
        assertEquals(List.of(), classes(kind).validator("com.acme.Agent", NOW).validate(agent));
    }

    static Stream<Arguments> notUtc() {
        Instant instant = NOW.minusSeconds(60);
        return Stream.of(
                arguments(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(2)), "+02:00"),
                arguments(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHoursMinutes(-3, -30)), "-03:30"),
                arguments(ZonedDateTime.ofInstant(instant, ZoneId.of("Europe/Paris")), "+01:00[Europe/Paris]"),
                arguments(ZonedDateTime.ofInstant(instant, ZoneId.of("America/New_York")), "-05:00[America/New_York]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void notUtc(Object value, String shown) {
        TimeKind kind = value instanceof OffsetDateTime ? TimeKind.OFFSET_DATE_TIME : TimeKind.ZONED_DATE_TIME;
        Object agent = validAgent(kind);
        set(agent, "updatedAt", value);
        List<TimestampViolation> violations = classes(kind).validator("com.acme.Agent", NOW).validate(agent);
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(new TimestampViolation("updatedAt", Rule.NOT_UTC,
                "Agent.updatedAt " + value + " is not at UTC (offset zero)"), violations.get(0));
        assertTrue(violations.get(0).message().contains(shown), violations.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = TimeKind.class, names = {"OFFSET_DATE_TIME", "ZONED_DATE_TIME"})
    void notUtcOnEveryTimestampAndOnlyThat(TimeKind kind) {
        Object agent = validAgent(kind);
        ZoneId paris = ZoneId.of("Europe/Paris");
        Function<Object, Object> toParis = v -> v instanceof OffsetDateTime o
                ? o.atZoneSameInstant(paris).toOffsetDateTime() : ((ZonedDateTime) v).withZoneSameInstant(paris);
        TIMESTAMPS.forEach(field -> set(agent, field, toParis.apply(get(agent, field))));
        List<TimestampViolation> violations = classes(kind).validator("com.acme.Agent", NOW).validate(agent);
        assertEquals(TIMESTAMPS, violations.stream().map(TimestampViolation::field).toList(),
                "the same instants: order, durations and the future are unchanged");
        assertTrue(violations.stream().allMatch(v -> v.rule() == Rule.NOT_UTC), violations::toString);
    }

    static Stream<Arguments> offsetZeroInAnyFormIsUtc() {
        Instant instant = NOW.minusSeconds(60);
        return Stream.of(
                arguments(OffsetDateTime.ofInstant(instant, ZoneOffset.of("-00:00"))),
                arguments(ZonedDateTime.ofInstant(instant, ZoneId.of("UTC"))),
                arguments(ZonedDateTime.ofInstant(instant, ZoneId.of("Etc/GMT"))),
                arguments(ZonedDateTime.ofInstant(instant, ZoneId.of("Europe/London"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void offsetZeroInAnyFormIsUtc(Object value) {
        TimeKind kind = value instanceof OffsetDateTime ? TimeKind.OFFSET_DATE_TIME : TimeKind.ZONED_DATE_TIME;
        Object agent = validAgent(kind);
        set(agent, "updatedAt", value);
        assertEquals(List.of(), classes(kind).validator("com.acme.Agent", NOW).validate(agent),
                "London in winter is at offset zero");
    }

    // ---------------------------------------------------------------------------------------
    // LocalDateTime's warning
    // ---------------------------------------------------------------------------------------

    @Test
    void localDateTimeWarnsOnEveryTimestampUnlessSuppressed() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("", TimeKind.LOCAL_DATE_TIME.source));
        Compilation compilation = compile(agent.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(TIMESTAMPS.size());
        for (String field : TIMESTAMPS) {
            assertThat(compilation).hadWarningContaining("[TS206] " + field + " is a LocalDateTime, which carries no zone;"
                    + " Touchstone writes UTC wall time into it").inFile(agent.file())
                    .onLine(agent.line(" " + field + ";")).atColumn(agent.column(" " + field + ";", field));
        }
        assertThat(compilation).generatedSourceFile("com.acme.AgentTimestamps");
        // with @SuppressWarnings("touchstone") on the class, it compiles clean under -Werror
        assertThat(Compilations.compileStrict(TestSource.of("com.acme.Agent", AGENT.formatted(
                "@SuppressWarnings(\"touchstone\")", TimeKind.LOCAL_DATE_TIME.source)).file())).succeededWithoutWarnings();
    }
}
