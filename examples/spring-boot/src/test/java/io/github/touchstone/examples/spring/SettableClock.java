package io.github.touchstone.examples.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that stands still until a test moves it, and moves a microsecond after every
 * reading, so a second reading where one was due (a listener that touches again what a helper
 * touched) shows up as a different instant.
 */
final class SettableClock extends Clock {

    private Instant now;

    SettableClock(Instant start) {
        this.now = start;
    }

    synchronized Instant advance(Duration amount) {
        now = now.plus(amount);
        return now;
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plusNanos(1_000);
        return read;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
