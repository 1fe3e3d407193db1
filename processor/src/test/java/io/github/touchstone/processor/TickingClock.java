package io.github.touchstone.processor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves on by {@code step} every time it is read and counts its reads, so that a
 * test can prove a method reads the clock once: two reads would give two different instants.
 */
final class TickingClock extends Clock {

    private final Instant first;
    private final Duration step;
    private int reads;

    TickingClock(Instant first, Duration step) {
        this.first = first;
        this.step = step;
    }

    /** Starts at {@code first} and moves on by one second per read. */
    TickingClock(Instant first) {
        this(first, Duration.ofSeconds(1));
    }

    @Override
    public synchronized Instant instant() {
        return first.plus(step.multipliedBy(reads++));
    }

    /** How often {@link #instant()} (or {@link #millis()}) was called. */
    synchronized int reads() {
        return reads;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("generated code must not change the zone");
    }
}
