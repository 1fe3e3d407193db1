package io.github.touchstone.examples.domain;

import io.github.touchstone.CreatedAt;
import io.github.touchstone.Timestamped;
import io.github.touchstone.UpdatedAt;

/**
 * A user's connection, in the float-UTC convention of many Python services: timestamps are
 * {@code Double} epoch seconds. {@code connectedAt} and {@code lastChecked} are the managed
 * creation and update timestamps (marked, since they are not named {@code createdAt} and
 * {@code updatedAt}); {@code expiresAt} is the application's own and Touchstone leaves it alone.
 */
@Timestamped
public class UserConnection {

    String userId;
    @CreatedAt
    Double connectedAt;
    @UpdatedAt
    Double lastChecked;
    Double expiresAt;

    /**
     * Creates a connection with no timestamps yet.
     *
     * @param userId the connected user
     */
    public UserConnection(String userId) {
        this.userId = userId;
    }

    /**
     * Lets the connection expire {@code seconds} after its last check.
     *
     * @param seconds the time to live
     * @return this connection
     * @throws IllegalStateException if it was never checked (no {@code onCreate} yet)
     */
    public UserConnection expireAfter(double seconds) {
        if (lastChecked == null) {
            throw new IllegalStateException("connection of " + userId + " was never checked");
        }
        expiresAt = lastChecked + seconds;
        return this;
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
