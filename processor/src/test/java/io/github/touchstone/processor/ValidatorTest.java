package io.github.touchstone.processor;

import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.Compilations.source;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every validator rule, positive and negative, on one entity that has all of them. */
class ValidatorTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static final String ORDER = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.time.OffsetDateTime;

            @Timestamped(futureTolerance = "PT10S")
            @SuppressWarnings("touchstone") // OffsetDateTime interval beside Instant lifecycle, on purpose
            public class Order {
                Instant createdAt;
                Instant updatedAt;
                @ActivityTimestamp Instant shippedAt;
                OffsetDateTime startTime;
                OffsetDateTime endTime;
                @Duration(start = "startTime", end = "endTime") Long handlingMs;
                @Duration(start = "startTime", end = "endTime", unit = java.time.temporal.ChronoUnit.SECONDS) int handlingSeconds;
            }
            """;

    static final String NOTE = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped(updatedOnCreate = false)
            public class Note {
                Instant createdAt;
                Instant updatedAt;
            }
            """;

    private static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        classes = compileAndLoad(source("com.acme.Order", ORDER), source("com.acme.Note", NOTE),
                source("com.acme.Stamp", NOTE.replace("updatedOnCreate = false", "futureTolerance = \"PT0S\"")
                        .replace("class Note", "class Stamp")));
    }

    /** A valid order: created an hour ago, touched, shipped, with a 90.5 s interval stored right. */
    private static Object validOrder() {
        Object order = classes.create("com.acme.Order");
        set(order, "createdAt", NOW.minusSeconds(3600));
        set(order, "updatedAt", NOW.minusSeconds(60));
        set(order, "shippedAt", NOW.minusSeconds(30));
        set(order, "startTime", OffsetDateTime.ofInstant(NOW.minusSeconds(600), ZoneOffset.UTC));
        set(order, "endTime", OffsetDateTime.ofInstant(NOW.minusSeconds(600).plusMillis(90_500), ZoneOffset.UTC));
        set(order, "handlingMs", 90_500L);
        set(order, "handlingSeconds", 90);
        return order;
    }

    private static List<Rule> rules(List<TimestampViolation> violations) {
        return violations.stream().map(TimestampViolation::rule).toList();
    }

    private static TimestampViolation only(Object entity) {
        List<TimestampViolation> violations = classes.validator("com.acme.Order", NOW).validate(entity);
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    @Test
    void aValidEntityHasNoViolationsAndPassesCheck() {
        Object order = validOrder();
        assertEquals(List.of(), classes.validator("com.acme.Order", NOW).validate(order));
        assertSame(order, classes.validator("com.acme.Order", NOW).check(order));
    }

    @Test
    void createdAtMissing() {
        Object order = validOrder();
        set(order, "createdAt", null);
        TimestampViolation v = only(order);
        assertEquals(new TimestampViolation("createdAt", Rule.CREATED_AT_MISSING, "Order.createdAt is null"), v);
    }

    @Test
    void updatedAtMissingOnlyWhenUpdatedOnCreate() {
        Object order = validOrder();
        set(order, "updatedAt", null);
        assertEquals(Rule.UPDATED_AT_MISSING, only(order).rule());
        assertEquals("updatedAt", only(order).field());

        Object note = classes.create("com.acme.Note");
        set(note, "createdAt", NOW);
        assertEquals(List.of(), classes.validator("com.acme.Note", NOW).validate(note), "null means never updated");
    }

    @Test
    void inFutureBeyondTheTolerance() {
        Object order = validOrder();
        set(order, "shippedAt", NOW.plusSeconds(10));
        assertEquals(List.of(), classes.validator("com.acme.Order", NOW).validate(order), "exactly at the tolerance is fine");
        set(order, "shippedAt", NOW.plusSeconds(10).plusMillis(1));
        TimestampViolation v = only(order);
        assertEquals(Rule.IN_FUTURE, v.rule());
        assertEquals("shippedAt", v.field());
        assertTrue(v.message().contains("2026-03-01T12:00:10.001Z") && v.message().contains("PT10S"), v.message());
    }

    /**
     * The limit is now + tolerance read to the millisecond (as {@code clock.millis()} gives it):
     * a value anywhere in that millisecond is not provably later, the next one is. Also on
     * clocks before 1970 and between whole seconds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T12:00:00.250Z", "1969-12-31T23:59:59.500Z", "1960-01-01T00:00:00Z",
        "2026-03-01T12:00:00.250999999Z"})
    void inFutureFromTheMillisecondAfterTheLimit(String now) {
        Instant clock = Instant.parse(now);
        Instant limit = clock.plusSeconds(5).truncatedTo(ChronoUnit.MILLIS); // Note has the default PT5S
        TimestampValidator<Object> validator = classes.validator("com.acme.Note", clock);
        Object note = classes.create("com.acme.Note");
        set(note, "createdAt", clock.minusSeconds(60));
        set(note, "updatedAt", limit.plusNanos(999_999));
        assertEquals(List.of(), validator.validate(note), "within the limit's millisecond is fine");
        set(note, "updatedAt", limit.plusMillis(1));
        assertEquals(List.of(Rule.IN_FUTURE), rules(validator.validate(note)));
    }

    /** Regression: with the limit cut to the millisecond, values just written by onCreate were IN_FUTURE. */
    @Test
    void zeroToleranceAcceptsWhatTheHelpersJustWrote() {
        Instant now = Instant.parse("2026-03-01T10:00:00.123456789Z");
        Object stamp = call(classes.timestamps("com.acme.Stamp", now), "onCreate", classes.create("com.acme.Stamp"));
        TimestampValidator<Object> validator = classes.validator("com.acme.Stamp", now);
        assertEquals(List.of(), validator.validate(stamp));
        set(stamp, "updatedAt", Instant.parse("2026-03-01T10:00:00.124Z"));
        assertEquals(List.of(Rule.IN_FUTURE), rules(validator.validate(stamp)));
    }

    @Test
    void inFutureCoversEveryManagedTimestamp() {
        Object order = validOrder();
        Instant future = NOW.plusSeconds(3600);
        set(order, "createdAt", future);
        set(order, "updatedAt", future);
        set(order, "startTime", OffsetDateTime.ofInstant(future, ZoneOffset.UTC));
        set(order, "endTime", OffsetDateTime.ofInstant(future.plusMillis(90_500), ZoneOffset.UTC));
        set(order, "shippedAt", future);
        List<TimestampViolation> violations = classes.validator("com.acme.Order", NOW).validate(order);
        assertEquals(List.of("createdAt", "updatedAt", "shippedAt", "startTime", "endTime"),
                violations.stream().filter(v -> v.rule() == Rule.IN_FUTURE).map(TimestampViolation::field).toList());
    }

    @Test
    void beforeCreatedAt() {
        Object order = validOrder();
        set(order, "updatedAt", NOW.minusSeconds(7200));
        set(order, "shippedAt", NOW.minusSeconds(7200));
        List<TimestampViolation> violations = classes.validator("com.acme.Order", NOW).validate(order);
        assertEquals(List.of(Rule.BEFORE_CREATED_AT, Rule.BEFORE_CREATED_AT), rules(violations));
        assertEquals(List.of("updatedAt", "shippedAt"), violations.stream().map(TimestampViolation::field).toList());
        assertTrue(violations.get(0).message().contains("2026-03-01T10:00:00Z")
                && violations.get(0).message().contains("2026-03-01T11:00:00Z"), violations.get(0).message());
    }

    @Test
    void endBeforeStart() {
        Object order = validOrder();
        set(order, "handlingMs", null);
        set(order, "handlingSeconds", 0);
        set(order, "endTime", OffsetDateTime.ofInstant(NOW.minusSeconds(700), ZoneOffset.UTC));
        TimestampViolation v = only(order);
        assertEquals(Rule.END_BEFORE_START, v.rule());
        assertEquals("endTime", v.field());
    }

    @Test
    void durationMismatch() {
        Object order = validOrder();
        set(order, "handlingMs", 90_000L);
        TimestampViolation v = only(order);
        assertEquals(Rule.DURATION_MISMATCH, v.rule());
        assertEquals("handlingMs", v.field());
        assertTrue(v.message().contains("90000") && v.message().contains("90500"), v.message());

        set(order, "handlingMs", 90_500L);
        set(order, "handlingSeconds", 91);
        assertEquals(new TimestampViolation("handlingSeconds", Rule.DURATION_MISMATCH,
                "Order.handlingSeconds is 91 SECONDS but endTime - startTime is 90 SECONDS"), only(order));
    }

    @Test
    void durationWithoutInterval() {
        Object order = validOrder();
        set(order, "endTime", null);
        List<TimestampViolation> violations = classes.validator("com.acme.Order", NOW).validate(order);
        assertEquals(List.of(Rule.DURATION_WITHOUT_INTERVAL, Rule.DURATION_WITHOUT_INTERVAL), rules(violations));
        assertTrue(violations.get(0).message().contains("endTime is null"), violations.get(0).message());

        set(order, "handlingMs", null);
        set(order, "handlingSeconds", 0);
        assertEquals(List.of(), classes.validator("com.acme.Order", NOW).validate(order),
                "an unset duration of an open interval is fine");
    }

    @Test
    void notUtc() {
        Object order = validOrder();
        OffsetDateTime start = OffsetDateTime.ofInstant(NOW.minusSeconds(600), ZoneOffset.UTC);
        set(order, "startTime", start.withOffsetSameInstant(ZoneOffset.ofHours(2)));
        TimestampViolation v = only(order);
        assertEquals(Rule.NOT_UTC, v.rule());
        assertEquals("startTime", v.field());
        assertTrue(v.message().contains("+02:00"), v.message());
    }

    @Test
    void checkThrowsWithEveryViolation() {
        Object order = validOrder();
        set(order, "createdAt", null);
        set(order, "handlingMs", 1L);
        TimestampValidationException e = assertThrows(TimestampValidationException.class,
                () -> classes.validator("com.acme.Order", NOW).check(order));
        assertEquals(List.of(Rule.CREATED_AT_MISSING, Rule.DURATION_MISMATCH), rules(e.violations()));
        assertTrue(e.getMessage().contains("Order.createdAt is null") && e.getMessage().contains("Order.handlingMs"),
                e.getMessage());
    }

    @Test
    void anEmptyEntityGivesViolationsNotExceptions() {
        Object order = classes.create("com.acme.Order");
        assertEquals(List.of(Rule.CREATED_AT_MISSING, Rule.UPDATED_AT_MISSING),
                rules(classes.validator("com.acme.Order", NOW).validate(order)));
    }

    @Test
    void resultIsImmutableAndNullEntityIsRejected() {
        Object order = validOrder();
        set(order, "createdAt", null);
        List<TimestampViolation> violations = classes.validator("com.acme.Order", NOW).validate(order);
        assertThrows(UnsupportedOperationException.class, violations::clear);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> classes.validator("com.acme.Order", NOW).validate(null));
        assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
        assertSame(classes.callStatic("com.acme.OrderTimestamps", "systemUtc"),
                classes.callStatic("com.acme.OrderTimestamps", "systemUtc"));
        assertEquals(Clock.systemUTC(), call(classes.callStatic("com.acme.OrderTimestamps", "systemUtc"), "clock"));
    }
}
