package io.github.touchstone.processor;

import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.Compilations.source;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One entity whose timestamps have different types (a warning, silenced here): conversions
 * between them in onCreate and marks, {@code updatedAtOrCreated} as an {@code Instant},
 * durations and validator comparisons across types.
 */
class MixedTypesTest {

    static final Instant NOW_FULL = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.250Z");
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static final String AGENT = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.time.LocalDateTime;
            import java.time.OffsetDateTime;
            import java.time.ZonedDateTime;

            @Timestamped
            @SuppressWarnings("touchstone") // the mix is the point
            @Duration(name = "activeFor", start = "createdAt", end = "lastActiveAt")
            public class Agent {
                Instant createdAt;
                Long updatedAt;
                @ActivityTimestamp(touchesUpdatedAt = true) OffsetDateTime lastActiveAt;
                @ActivityTimestamp LocalDateTime seenAt;
                Double startTime;
                ZonedDateTime endTime;
                @Duration(start = "startTime", end = "endTime") Long runMs;
            }
            """;

    private static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        classes = compileAndLoad(source("com.acme.Agent", AGENT));
    }

    private static Object agent() {
        return classes.create("com.acme.Agent");
    }

    @Test
    void updatedAtOrCreatedIsAnInstantWhenTheTypesDiffer() throws NoSuchMethodException {
        assertEquals(Instant.class, classes.type("com.acme.AgentTimestamps")
                .getMethod("updatedAtOrCreated", classes.type("com.acme.Agent")).getReturnType());
        Object agent = agent();
        Object helper = classes.timestamps("com.acme.Agent", NOW);
        assertNull(call(helper, "updatedAtOrCreated", agent));
        set(agent, "createdAt", T0);
        assertEquals(T0, call(helper, "updatedAtOrCreated", agent));
        set(agent, "updatedAt", T0.plusSeconds(60).toEpochMilli());
        assertEquals(T0.plusSeconds(60), call(helper, "updatedAtOrCreated", agent));
        assertEquals(Optional.of(Duration.between(T0.plusSeconds(60), NOW)), call(helper, "sinceLastUpdate", agent));
        set(agent, "createdAt", null);
        assertEquals(T0.plusSeconds(60), call(helper, "updatedAtOrCreated", agent), "updatedAt alone");
    }

    @Test
    void markTouchingUpdatedAtWritesOneInstantIntoTwoTypes() {
        Object agent = agent();
        call(classes.timestamps("com.acme.Agent", T0), "onCreate", agent);
        TickingClock clock = new TickingClock(NOW.minusSeconds(30));
        call(classes.timestamps("com.acme.Agent", clock), "markLastActiveAt", agent);
        assertEquals(1, clock.reads());
        assertEquals(OffsetDateTime.ofInstant(NOW.minusSeconds(30), ZoneOffset.UTC), get(agent, "lastActiveAt"));
        assertEquals(NOW.minusSeconds(30).toEpochMilli(), get(agent, "updatedAt"));
        call(classes.timestamps("com.acme.Agent", NOW.minusSeconds(20)), "markSeenAt", agent);
        assertEquals(LocalDateTime.ofInstant(NOW.minusSeconds(20), ZoneOffset.UTC), get(agent, "seenAt"));
        assertEquals(List.of(), classes.validator("com.acme.Agent", NOW).validate(agent));
    }

    @Test
    void durationsAcrossTypes() {
        Object agent = agent();
        Object helper = classes.timestamps("com.acme.Agent", NOW);
        set(agent, "createdAt", T0);
        set(agent, "lastActiveAt", OffsetDateTime.ofInstant(T0.plusMillis(1_500), ZoneOffset.UTC));
        assertEquals(Optional.of(Duration.ofMillis(1_500)), call(helper, "activeFor", agent));

        set(agent, "startTime", TimeKind.nearestDouble(T0));
        assertEquals(Optional.of(Duration.between(T0, NOW)), call(helper, "elapsedRunMs", agent));
        call(helper, "completeRunMs", agent);
        assertEquals(ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC), get(agent, "endTime"));
        assertEquals(Duration.between(T0, NOW).toMillis(), get(agent, "runMs"));
        set(agent, "endTime", ZonedDateTime.ofInstant(T0.plusMillis(250), ZoneOffset.ofHours(0)));
        call(helper, "computeRunMs", agent);
        assertEquals(250L, get(agent, "runMs"));
    }

    /** Two timestamp types and a precision, in a small entity. */
    static final String PAIR = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;

            @Timestamped(precision = java.time.temporal.ChronoUnit.%s)
            @SuppressWarnings("touchstone")
            public class Pair {
                %s createdAt;
                %s updatedAt;
                @ActivityTimestamp(touchesUpdatedAt = true) %2$s lastActiveAt;
            }
            """;

    /**
     * One instant written into two types must stay one instant: {@code onCreate} and a mark that
     * touches {@code updatedAt} promise "the same instant", and the validator must accept what
     * the helper wrote, even when {@code touch} follows within the same millisecond. A
     * {@code Long} holds milliseconds and a {@code Double} about 0.24 µs, so a finer "now" would
     * be cut differently in each field.
     */
    @ParameterizedTest(name = "{0} createdAt, {1} updatedAt, precision {2}")
    @CsvSource({
        "INSTANT,          EPOCH_MILLIS,     MICROS",
        "EPOCH_MILLIS,     INSTANT,          MICROS",
        "OFFSET_DATE_TIME, EPOCH_MILLIS,     NANOS",
        "EPOCH_MILLIS,     EPOCH_SECONDS,    NANOS",
        "INSTANT,          EPOCH_SECONDS,    NANOS",
        "EPOCH_SECONDS,    ZONED_DATE_TIME,  NANOS",
        "LOCAL_DATE_TIME,  EPOCH_SECONDS,    MICROS",
        "INSTANT,          OFFSET_DATE_TIME, NANOS",
    })
    void oneInstantWrittenIntoTwoTypesStaysOneInstant(TimeKind created, TimeKind updated, String precision) {
        GeneratedClasses pair = compileAndLoad(source("com.acme.Pair", PAIR.formatted(precision, created.source, updated.source)));
        Object helper = pair.timestamps("com.acme.Pair", NOW_FULL);
        TimestampValidator<Object> validator = pair.validator("com.acme.Pair", NOW_FULL);
        Object entity = pair.create("com.acme.Pair");

        // now is at the entity's precision (SPEC: whatever its field types); what is written into
        // two fields at once is one instant as the coarser of the two holds it
        call(helper, "onCreate", entity);
        Duration age = ((Optional<?>) call(helper, "age", entity)).map(Duration.class::cast).orElseThrow();
        // a Double reads back to the microsecond: its nearest double can be a little after now
        assertTrue(age.abs().compareTo(Duration.ofMillis(1)) < 0, "createdAt is now, as held: " + age);
        assertEquals(Optional.of(age), call(helper, "sinceLastUpdate", entity), "updatedAt is the same instant");
        assertEquals(List.of(), validator.validate(entity));

        Object later = pair.timestamps("com.acme.Pair", NOW_FULL.plusNanos(300_001));
        call(later, "touch", entity);
        assertEquals(List.of(), validator.validate(entity), "touched within the millisecond of creation");
        call(later, "markLastActiveAt", entity);
        Duration sinceMark = ((Optional<?>) call(later, "sinceLastUpdate", entity)).map(Duration.class::cast)
                .orElseThrow();
        assertTrue(sinceMark.abs().compareTo(Duration.ofMillis(1)) < 0, "marked now: " + sinceMark);
        assertEquals(List.of(), validator.validate(entity), "marked within the millisecond of creation");
    }

    /** A valid agent, then one value a millisecond too early, compared with a value of another type. */
    @ParameterizedTest
    @ValueSource(strings = {"updatedAt", "lastActiveAt", "seenAt", "endTime"})
    void comparisonsAcrossTypes(String early) {
        Object agent = agent();
        Instant created = NOW.minusSeconds(3600);
        set(agent, "createdAt", created);
        set(agent, "updatedAt", created.toEpochMilli());
        set(agent, "lastActiveAt", OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
        set(agent, "seenAt", LocalDateTime.ofInstant(created, ZoneOffset.UTC));
        set(agent, "startTime", TimeKind.nearestDouble(created));
        set(agent, "endTime", ZonedDateTime.ofInstant(created, ZoneOffset.UTC));
        set(agent, "runMs", 0L);
        assertEquals(List.of(), classes.validator("com.acme.Agent", NOW).validate(agent),
                "equal instants in four types are in order");

        Instant tooEarly = created.minusMillis(1);
        set(agent, early, switch (early) {
            case "updatedAt" -> tooEarly.toEpochMilli();
            case "lastActiveAt" -> OffsetDateTime.ofInstant(tooEarly, ZoneOffset.UTC);
            case "seenAt" -> LocalDateTime.ofInstant(tooEarly, ZoneOffset.UTC);
            default -> ZonedDateTime.ofInstant(tooEarly, ZoneOffset.UTC);
        });
        set(agent, "runMs", null);
        List<TimestampViolation> violations = classes.validator("com.acme.Agent", NOW).validate(agent);
        List<Rule> expected = switch (early) {
            case "endTime" -> List.of(Rule.END_BEFORE_START);
            // an activity, and the end of activeFor, which starts at createdAt
            case "lastActiveAt" -> List.of(Rule.BEFORE_CREATED_AT, Rule.END_BEFORE_START);
            default -> List.of(Rule.BEFORE_CREATED_AT);
        };
        assertEquals(expected, violations.stream().map(TimestampViolation::rule).toList(), violations::toString);
        assertTrue(violations.stream().allMatch(v -> v.field().equals(early)), violations::toString);
    }

    @Test
    void storedDurationAcrossTypesIsCheckedExactly() {
        Object agent = agent();
        set(agent, "createdAt", T0);
        set(agent, "updatedAt", T0.toEpochMilli());
        set(agent, "startTime", TimeKind.nearestDouble(T0));
        set(agent, "endTime", ZonedDateTime.ofInstant(T0.plusMillis(90_500), ZoneOffset.UTC));
        set(agent, "runMs", 90_500L);
        assertEquals(List.of(), classes.validator("com.acme.Agent", NOW).validate(agent));
        set(agent, "runMs", 90_000L);
        assertEquals(List.of(new TimestampViolation("runMs", Rule.DURATION_MISMATCH,
                "Agent.runMs is 90000 MILLIS but endTime - startTime is 90500 MILLIS")),
                classes.validator("com.acme.Agent", NOW).validate(agent));
    }
}
