package io.github.touchstone.examples.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Double} epoch seconds, marked {@code @CreatedAt}/{@code @UpdatedAt}, and an {@code @Expiry}. */
class UserConnectionTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    /** T0 truncated to MICROS, as epoch seconds. */
    static final double T0_SECONDS = 1772359200.123456;

    private final MutableClock clock = MutableClock.at(T0);
    private final UserConnectionTimestamps timestamps = UserConnectionTimestamps.withClock(clock);
    private final UserConnectionTimestamps validator = UserConnectionTimestamps.withClock(clock);

    @Test
    void onCreateWritesEpochSecondsTruncatedToMicros() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        assertEquals(T0_SECONDS, connection.getConnectedAt(), 1e-7);
        assertEquals(connection.getConnectedAt(), connection.getLastChecked());
        assertEquals(List.of(), validator.validate(connection));
    }

    @Test
    void touchMovesLastCheckedOnly() {
        UserConnection connection = timestamps.expireIn(timestamps.onCreate(new UserConnection("u-1")), Duration.ofMinutes(1));
        double connectedAt = connection.getConnectedAt();
        double expiresAt = connection.getExpiresAt();
        clock.advance(Duration.ofMillis(90_500));

        timestamps.touch(connection);
        assertEquals(connectedAt, connection.getConnectedAt());
        assertEquals(T0_SECONDS + 90.5, connection.getLastChecked(), 1e-6);
        assertEquals(expiresAt, connection.getExpiresAt(), "touch leaves the expiry alone");
    }

    @Test
    void expireInWritesNowPlusTheTtlAsEpochSecondsAndNothingElse() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        double lastChecked = connection.getLastChecked();
        clock.advance(Duration.ofMillis(90_500));

        timestamps.expireIn(connection, Duration.ofHours(1));
        assertEquals(T0_SECONDS + 90.5 + 3600, connection.getExpiresAt(), 1e-6);
        assertEquals(lastChecked, connection.getLastChecked(), "setting an expiry is no check of the connection");
        assertEquals(Optional.of(Duration.ofHours(1)), timestamps.timeToExpiry(connection),
                "read back to the microsecond, not a double's 0.24 µs off");
        assertEquals(List.of(), validator.validate(connection), "an expiry in the future is no IN_FUTURE");
    }

    @Test
    void aConnectionWithoutExpiryNeverExpires() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        clock.advance(Duration.ofDays(365_000));
        assertNull(connection.getExpiresAt());
        assertFalse(timestamps.isExpired(connection));
        assertEquals(Optional.empty(), timestamps.timeToExpiry(connection), "no expiry: no time left to tell, not zero");
    }

    @Test
    void aNegativeTtlIsRefusedAndChangesNothing() {
        UserConnection connection = timestamps.expireIn(timestamps.onCreate(new UserConnection("u-1")), Duration.ZERO);
        double expiresAt = connection.getExpiresAt();
        assertThrows(IllegalArgumentException.class, () -> timestamps.expireIn(connection, Duration.ofSeconds(-1)));
        assertEquals(expiresAt, connection.getExpiresAt());
        assertTrue(timestamps.isExpired(connection), "a zero ttl expires at once");
    }

    @Test
    void anExpiryBeforeTheConnectionWasOpenedIsReported() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        connection.expiresAt = T0_SECONDS - 60;
        List<Rule> rules = validator.validate(connection).stream().map(TimestampViolation::rule).toList();
        assertEquals(List.of(Rule.BEFORE_CREATED_AT), rules);
    }

    @Test
    void durationsReadTheDoublesBackToTheMicrosecond() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        clock.advance(Duration.ofMillis(90_500));
        assertEquals(Optional.of(Duration.ofMillis(90_500)), timestamps.age(connection),
                "the double reads back as exactly the instant written, not 0.24 µs off");
    }

    @Test
    void theValidatorReadsEpochSeconds() {
        UserConnection connection = timestamps.onCreate(new UserConnection("u-1"));
        connection.lastChecked = T0_SECONDS - 1;
        connection.connectedAt = T0_SECONDS + 6;
        List<Rule> rules = validator.validate(connection).stream().map(TimestampViolation::rule).toList();
        assertEquals(List.of(Rule.IN_FUTURE, Rule.BEFORE_CREATED_AT), rules);
    }

    /** onCreate must read the clock once; with Double fields the generated code reads it twice. */
    @Test
    void onCreateReadsTheClockOnce() {
        MutableClock ticking = MutableClock.ticking(Instant.parse("2026-03-01T10:00:00.999999Z"), Duration.ofNanos(1_000));
        UserConnection connection = UserConnectionTimestamps.withClock(ticking).onCreate(new UserConnection("u-1"));
        assertEquals(1772359200.999999, connection.getConnectedAt(), 1e-7, "one reading of the clock, not two");
    }
}
