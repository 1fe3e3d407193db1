package io.github.touchstone.examples.domain;

import io.github.touchstone.CreatedAt;
import io.github.touchstone.Expiry;
import io.github.touchstone.Timestamped;
import io.github.touchstone.UpdatedAt;

/**
 * A user's connection, in the float-UTC convention of many Python services: timestamps are
 * {@code Double} epoch seconds. {@code connectedAt} and {@code lastChecked} are the managed
 * creation and update timestamps (marked, since they are not named {@code createdAt} and
 * {@code updatedAt}); {@code expiresAt} is an {@link Expiry @Expiry}: a timestamp in the future
 * by design, {@code null} while the connection never expires.
 *
 * <p>The class holds no time arithmetic of its own: the generated
 * {@code UserConnectionTimestamps} sets the expiry ({@code expireIn(connection, ttl)}, now plus
 * the time to live, rounded to microseconds like every other value it writes) and reads it
 * ({@code isExpired}, {@code timeToExpiry}) from its clock; see {@code ConnectionService}.
 */
@Timestamped
public class UserConnection {

    String userId;
    @CreatedAt
    Double connectedAt;
    @UpdatedAt
    Double lastChecked;
    @Expiry
    Double expiresAt;

    /**
     * Creates a connection with no timestamps yet, which never expires until given an expiry.
     *
     * @param userId the connected user
     */
    public UserConnection(String userId) {
        this.userId = userId;
    }

    /** @return the connected user */
    public String getUserId() {
        return userId;
    }

    /** @return when the connection was opened, in epoch seconds */
    public Double getConnectedAt() {
        return connectedAt;
    }

    /** @return when the connection was last checked, in epoch seconds */
    public Double getLastChecked() {
        return lastChecked;
    }

    /** @return when the connection expires, in epoch seconds, {@code null} if it does not */
    public Double getExpiresAt() {
        return expiresAt;
    }
}
