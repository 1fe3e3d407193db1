package io.github.touchstone.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.examples.MutableClock;
import io.github.touchstone.examples.domain.UserConnection;
import io.github.touchstone.examples.domain.UserConnectionTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Connections that expire, through {@link ConnectionService}, on a test clock. {@code expiresAt} is
 * a {@code Double} of epoch seconds, which holds only the nearest double of an instant (about
 * 0.24 µs apart today); the generated helper rounds it back to microseconds, the entity's
 * precision, before comparing it with now, so the boundary is exact to the microsecond.
 */
class ConnectionServiceTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    /** T0 plus one hour, truncated to MICROS: the instant expiresAt denotes after open(PT1H). */
    static final Instant EXPIRY = Instant.parse("2026-03-01T11:00:00.123456Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final ConnectionService service = new ConnectionService(clock);

    @Test
    void openSetsTheExpiryTtlAfterTheConnectionOpened() {
        UserConnection connection = service.open("u-1", Duration.ofHours(1));
        assertEquals(connection.getConnectedAt(), connection.getLastChecked());
        assertEquals(1772359200.123456, connection.getConnectedAt(), 1e-6);
        assertEquals(1772362800.123456, connection.getExpiresAt(), 1e-6);
        assertEquals(Optional.of(Duration.ofHours(1)), service.timeLeft(connection));
    }

    @Test
    void useChecksAValidConnection() {
        UserConnection connection = service.open("u-1", Duration.ofHours(1));
        double expiresAt = connection.getExpiresAt();
        clock.advance(Duration.ofMinutes(20));

        assertSame(connection, service.use(connection));
        assertEquals(1772359200.123456 + 1200, connection.getLastChecked(), 1e-6);
        assertEquals(expiresAt, connection.getExpiresAt(), "using a connection does not extend it");
        assertEquals(Optional.of(Duration.ofMinutes(40)), service.timeLeft(connection));
    }

    @Test
    void oneMicrosecondBeforeItsExpiryAConnectionIsStillValid() {
        UserConnection connection = service.open("u-1", Duration.ofHours(1));
        clock.set(EXPIRY.minusNanos(1_000));

        assertFalse(UserConnectionTimestamps.withClock(clock).isExpired(connection));
        assertEquals(Optional.of(Duration.ofNanos(1_000)), service.timeLeft(connection));
        service.use(connection);
        assertEquals(1772362800.123455, connection.getLastChecked(), 1e-6);
    }

    @Test
    void atItsExpiryAConnectionIsRefusedAndLeftUnchanged() {
        UserConnection connection = service.open("u-1", Duration.ofHours(1));
        double lastChecked = connection.getLastChecked();
        clock.set(EXPIRY);

        assertTrue(UserConnectionTimestamps.withClock(clock).isExpired(connection), "expired from the instant on");
        assertEquals(Optional.of(Duration.ZERO), service.timeLeft(connection));
        ConnectionExpiredException refused = assertThrows(ConnectionExpiredException.class, () -> service.use(connection));
        assertEquals("connection of u-1 expired at 1772362800.123456 (epoch seconds)", refused.getMessage());
        assertEquals("u-1", refused.userId());
        assertEquals(connection.getExpiresAt(), refused.expiresAt());
        assertEquals(lastChecked, connection.getLastChecked(), "a refused use is no check");
    }

    @Test
    void laterItStaysRefused() {
        UserConnection connection = service.open("u-1", Duration.ofHours(1));
        clock.set(EXPIRY.plus(Duration.ofDays(1)));
        assertThrows(ConnectionExpiredException.class, () -> service.use(connection));
        assertEquals(Optional.of(Duration.ZERO), service.timeLeft(connection), "zero once expired, never negative");
    }

    @Test
    void aZeroTtlIsExpiredAtOnceANegativeOneRefused() {
        assertThrows(ConnectionExpiredException.class, () -> service.use(service.open("u-1", Duration.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> service.open("u-1", Duration.ofSeconds(-1)));
    }

    @Test
    void aConnectionWithoutExpiryIsNeverRefused() {
        UserConnection connection = UserConnectionTimestamps.withClock(clock).onCreate(new UserConnection("u-1"));
        clock.advance(Duration.ofDays(10_000));
        assertSame(connection, service.use(connection));
        assertEquals(Optional.empty(), service.timeLeft(connection));
    }

    @Test
    void openReadsTheClockOnce() {
        MutableClock ticking = MutableClock.ticking(T0, Duration.ofMillis(1));
        UserConnection connection = new ConnectionService(ticking).open("u-1", Duration.ofHours(1));
        Clock atConnectedAt = Clock.fixed(T0.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofHours(1)), UserConnectionTimestamps.withClock(atConnectedAt)
                .timeToExpiry(connection), "expiresAt is exactly the ttl after connectedAt");
    }

    @Test
    void theClockIsRequired() {
        assertThrows(NullPointerException.class, () -> new ConnectionService(null));
    }
}
