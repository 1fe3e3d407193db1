package io.github.touchstone.examples.service;

import java.util.Locale;

/**
 * Thrown by {@link ConnectionService#use} for a connection whose expiry has passed: the message
 * names the user and the expiry, in the connection's own epoch seconds.
 */
public final class ConnectionExpiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String userId;
    private final double expiresAt;

    /**
     * Creates the exception.
     *
     * @param userId the connection's user
     * @param expiresAt the connection's {@code expiresAt}, in epoch seconds
     */
    public ConnectionExpiredException(String userId, double expiresAt) {
        super(String.format(Locale.ROOT, "connection of %s expired at %.6f (epoch seconds)", userId, expiresAt));
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    /** @return the connection's user */
    public String userId() {
        return userId;
    }

    /** @return the expiry that has passed, in epoch seconds */
    public double expiresAt() {
        return expiresAt;
    }
}
