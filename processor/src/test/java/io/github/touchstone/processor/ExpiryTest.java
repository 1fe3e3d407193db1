package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Expiry}: {@code expireIn}, {@code isExpired} and {@code timeToExpiry} in every
 * supported timestamp type, on a class changed in place and on a record, with the boundaries
 * one microsecond before the expiry and exactly at it; the validator's rules (never
 * {@code IN_FUTURE}, {@code BEFORE_CREATED_AT}); the method names derived from the field.
 */
class ExpiryTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant EXPIRY = T0.plus(Duration.ofMinutes(30));
    static final Duration MICRO = Duration.ofNanos(1_000);

    static Stream<Arguments> kindsAndShapes() {
        return Stream.of(TimeKind.values()).flatMap(kind -> Stream.of(Arguments.of(kind, false), Arguments.of(kind, true)));
    }

    private static TestSource source(TimeKind kind, boolean record) {
        String t = kind.source;
        String body = record ? """
                @Timestamped
                @SuppressWarnings("touchstone") // LocalDateTime, for the one row that uses it
                public record Token(String value, %1$s createdAt, %1$s updatedAt, @Expiry %1$s expiresAt) {
                }
                """.formatted(t) : """
                @Timestamped
                @SuppressWarnings("touchstone") // LocalDateTime, for the one row that uses it
                public class Token {
                    String value;
                    %1$s createdAt;
                    %1$s updatedAt;
                    @Expiry %1$s expiresAt;
                }
                """.formatted(t);
        return TestSource.of("com.acme.Token", """
                package com.acme;

                import io.github.touchstone.Expiry;
                import io.github.touchstone.Timestamped;

                """ + body);
    }

    private static Object token(GeneratedClasses classes, TimeKind kind, boolean record, Instant expiresAt) {
        Object created = kind.of(T0);
        Object expiry = expiresAt == null ? null : kind.of(expiresAt);
        if (record) {
            return classes.record("com.acme.Token", "abc", created, created, expiry);
        }
        Object token = classes.create("com.acme.Token");
        GeneratedClasses.set(token, "value", "abc");
        GeneratedClasses.set(token, "createdAt", created);
        GeneratedClasses.set(token, "updatedAt", created);
        GeneratedClasses.set(token, "expiresAt", expiry);
        return token;
    }

    @ParameterizedTest
    @MethodSource("kindsAndShapes")
    void expireInSetsNowPlusTheTimeToLiveAndNothingElse(TimeKind kind, boolean record) {
        GeneratedClasses classes = Compilations.compileAndLoad(source(kind, record).file());
        Object token = token(classes, kind, record, null);
        Object helper = classes.timestamps("com.acme.Token", T0.plusNanos(123_456_789));

        Object expiring = call(helper, "expireIn", token, Duration.ofMinutes(30));

        Instant expected = T0.plusNanos(123_456_000).plus(Duration.ofMinutes(30));
        assertEquals(kind.of(expected), get(expiring, "expiresAt"), "now + ttl, truncated to MICROS");
        assertEquals(kind.of(T0), get(expiring, "updatedAt"), "an expiry is not a change of the entity");
        assertEquals("abc", get(expiring, "value"));
        if (record) {
            assertNotSame(token, expiring);
            assertEquals(null, get(token, "expiresAt"), "the record argument is untouched");
        } else {
            assertSame(token, expiring);
        }
        assertEquals(kind.of(T0.plusNanos(123_456_000)), get(call(helper, "expireIn", token, Duration.ZERO), "expiresAt"),
                "a zero time to live expires now");
    }

    @ParameterizedTest
    @MethodSource("kindsAndShapes")
    void aNegativeNullOrEndlessTimeToLiveIsRefusedAndChangesNothing(TimeKind kind, boolean record) {
        GeneratedClasses classes = Compilations.compileAndLoad(source(kind, record).file());
        Object token = token(classes, kind, record, EXPIRY);
        Object helper = classes.timestamps("com.acme.Token", T0);

        assertThrows(IllegalArgumentException.class, () -> call(helper, "expireIn", token, Duration.ofNanos(-1)));
        assertThrows(NullPointerException.class, () -> call(helper, "expireIn", token, null));
        assertThrows(IllegalArgumentException.class,
                () -> call(helper, "expireIn", token, Duration.ofSeconds(Long.MAX_VALUE)), "a time to live past Instant.MAX");
        assertEquals(kind.of(EXPIRY), get(token, "expiresAt"));
    }

    @ParameterizedTest
    @MethodSource("kindsAndShapes")
    void isExpiredAndTimeToExpiryAtTheBoundaries(TimeKind kind, boolean record) {
        GeneratedClasses classes = Compilations.compileAndLoad(source(kind, record).file());
        Object token = token(classes, kind, record, EXPIRY);

        // SPEC: now is at the entity's precision whatever the field's type: one microsecond before
        // a Long (or Double) expiry, one microsecond is left
        Duration step = MICRO;
        Object before = classes.timestamps("com.acme.Token", EXPIRY.minus(MICRO));
        assertEquals(false, call(before, "isExpired", token), "one microsecond before");
        assertEquals(Optional.of(step), call(before, "timeToExpiry", token));

        Object at = classes.timestamps("com.acme.Token", EXPIRY);
        assertEquals(true, call(at, "isExpired", token), "exactly at the expiry");
        assertEquals(Optional.of(Duration.ZERO), call(at, "timeToExpiry", token));

        Object after = classes.timestamps("com.acme.Token", EXPIRY.plusSeconds(3600));
        assertEquals(true, call(after, "isExpired", token));
        assertEquals(Optional.of(Duration.ZERO), call(after, "timeToExpiry", token), "never negative");

        Object lastNano = classes.timestamps("com.acme.Token", EXPIRY.minusNanos(1));
        assertEquals(false, call(lastNano, "isExpired", token), "now is truncated to MICROS like every now");
        assertEquals(Optional.of(step), call(lastNano, "timeToExpiry", token));

        Object never = token(classes, kind, record, null);
        assertEquals(false, call(after, "isExpired", never), "null never expires");
        assertEquals(Optional.empty(), call(after, "timeToExpiry", never));
    }

    @ParameterizedTest
    @MethodSource("kindsAndShapes")
    void theValidatorAcceptsAFutureExpiryAndReportsOneBeforeCreation(TimeKind kind, boolean record) {
        GeneratedClasses classes = Compilations.compileAndLoad(source(kind, record).file());

        Object nextYear = token(classes, kind, record, T0.plus(Duration.ofDays(365)));
        assertEquals(List.of(), classes.validator("com.acme.Token", T0).validate(nextYear), "never IN_FUTURE");

        Object early = token(classes, kind, record, T0.minusSeconds(60));
        List<TimestampViolation> violations = classes.validator("com.acme.Token", T0).validate(early);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(TimestampViolation.Rule.BEFORE_CREATED_AT, violations.get(0).rule());
        assertEquals("expiresAt", violations.get(0).field());
    }

    @Test
    void methodNamesComeFromTheFieldOrTheAnnotationsName() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Trial", """
                package com.acme;

                import io.github.touchstone.Expiry;
                import java.time.Instant;

                public class Trial {
                    @Expiry Instant tokenExpiresAt;
                    @Expiry Instant validUntil;
                    @Expiry(name = "grace") Instant graceEndsAt;
                }
                """).file());
        Object trial = classes.create("com.acme.Trial");
        Object helper = classes.timestamps("com.acme.Trial", T0);

        call(helper, "expireTokenIn", trial, Duration.ofSeconds(1));
        call(helper, "expireValidUntilIn", trial, Duration.ofSeconds(2));
        call(helper, "expireGraceIn", trial, Duration.ofSeconds(3));

        assertEquals(T0.plusSeconds(1), get(trial, "tokenExpiresAt"));
        assertEquals(T0.plusSeconds(2), get(trial, "validUntil"));
        assertEquals(T0.plusSeconds(3), get(trial, "graceEndsAt"));
        assertEquals(false, call(helper, "isTokenExpired", trial));
        assertEquals(false, call(helper, "isValidUntilExpired", trial));
        assertEquals(false, call(helper, "isGraceExpired", trial));
        assertEquals(Optional.of(Duration.ofSeconds(1)), call(helper, "tokenTimeToExpiry", trial));
        assertEquals(Optional.of(Duration.ofSeconds(2)), call(helper, "validUntilTimeToExpiry", trial));
        assertEquals(Optional.of(Duration.ofSeconds(3)), call(helper, "graceTimeToExpiry", trial));
        assertEquals(List.of(), classes.validator("com.acme.Trial", T0).validate(trial),
                "without @Timestamped: nothing required, an expiry is never in the future");
    }

    @Test
    void anExpiryInEpochMillisecondsLeavesTheWholeTimeToLive() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Session", """
                package com.acme;

                import io.github.touchstone.Expiry;

                public class Session {
                    @Expiry Long expiresAt;
                }
                """).file());
        Object session = classes.create("com.acme.Session");
        Object helper = classes.timestamps("com.acme.Session", T0.plusNanos(700_000));

        call(helper, "expireIn", session, Duration.ofSeconds(1));

        assertEquals(T0.plusSeconds(1).toEpochMilli(), get(session, "expiresAt"), "the millisecond it can hold");
        // SPEC: now is at the entity's precision whatever the field's type; the Long lost 700 µs
        assertEquals(Optional.of(Duration.ofSeconds(1).minusNanos(700_000)), call(helper, "timeToExpiry", session),
                "what is left of the time to live, to the microsecond");
        assertEquals(false, call(helper, "isExpired", session));
    }
}
