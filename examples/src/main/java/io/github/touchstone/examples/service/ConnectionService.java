package io.github.touchstone.examples.service;

import io.github.touchstone.examples.domain.UserConnection;
import io.github.touchstone.examples.domain.UserConnectionTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens user connections that expire, and refuses the expired ones. Every timestamp, and every
 * comparison with now, goes through the generated {@link UserConnectionTimestamps}: this class
 * does no time arithmetic on the {@code Double} epoch seconds itself.
 */
public final class ConnectionService {

    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param clock where "now" comes from: {@code Clock.systemUTC()} in production, a fixed or
     *     mutable clock in tests
     */
    public ConnectionService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Opens a connection that expires {@code ttl} from now: {@code connectedAt} and
     * {@code lastChecked} are now, {@code expiresAt} is now plus {@code ttl}, from one reading of
     * the clock.
     *
     * @param userId the connected user
     * @param ttl how long the connection is valid, zero or positive
     * @return the new connection
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    public UserConnection open(String userId, Duration ttl) {
        UserConnectionTimestamps now = moment();
        return now.expireIn(now.onCreate(new UserConnection(userId)), ttl);
    }

    /**
     * Uses a connection: refused once its expiry has passed (from the instant of
     * {@code expiresAt} on); otherwise it is checked, {@code lastChecked} moving to now. A
     * connection without an expiry never expires.
     *
     * @param connection the connection
     * @return the same connection
     * @throws ConnectionExpiredException if it has expired; the connection is then unchanged
     */
    public UserConnection use(UserConnection connection) {
        UserConnectionTimestamps now = moment();
        if (now.isExpired(connection)) {
            throw new ConnectionExpiredException(connection.getUserId(), connection.getExpiresAt());
        }
        return now.touch(connection);
    }

    /**
     * How long the connection stays valid.
     *
     * @param connection the connection
     * @return the time left, {@link Duration#ZERO} once expired, or empty if it never expires
     */
    public Optional<Duration> timeLeft(UserConnection connection) {
        return moment().timeToExpiry(connection);
    }

    /** The generated helper on one reading of the clock. */
    private UserConnectionTimestamps moment() {
        return UserConnectionTimestamps.withClock(Clock.fixed(clock.instant(), ZoneOffset.UTC));
    }
}
