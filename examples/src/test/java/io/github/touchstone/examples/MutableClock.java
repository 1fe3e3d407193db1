package io.github.touchstone.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC test clock that moves only when told to, or (when ticking) by a fixed step after every
 * reading, which shows up code that reads the clock more than once where it should read it once.
 */
public final class MutableClock extends Clock {

    private Instant now;
    private final Duration tick;

    private MutableClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /**
     * A clock standing at {@code start} until {@link #advance} or {@link #set}.
     *
     * @param start the first instant
     * @return the clock
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(start, Duration.ZERO);
    }

    /**
     * A clock that moves on by {@code tick} after every reading.
     *
     * @param start the first instant read
     * @param tick how far every reading moves it
     * @return the clock
     */
    public static MutableClock ticking(Instant start, Duration tick) {
        return new MutableClock(start, tick);
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far
     * @return the new now
     */
    public synchronized Instant advance(Duration amount) {
        now = now.plus(amount);
        return now;
    }

    /**
     * Sets the clock.
     *
     * @param instant the new now
     */
    public synchronized void set(Instant instant) {
        now = instant;
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plus(tick);
        return read;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a MutableClock stays at UTC");
    }
}
