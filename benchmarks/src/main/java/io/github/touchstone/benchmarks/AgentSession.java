package io.github.touchstone.benchmarks;

import io.github.touchstone.Duration;
import java.time.Instant;

/**
 * The seed agent session: an interval and its stored length in milliseconds.
 * Touchstone generates {@code AgentSessionTimestamps} for it.
 */
public class AgentSession {
    Long id;
    Instant startTime;
    Instant endTime;
    @Duration(start = "startTime", end = "endTime")
    Long executionTimeMs;

    /** Creates a session with no timestamps set. */
    public AgentSession() {
    }
}
