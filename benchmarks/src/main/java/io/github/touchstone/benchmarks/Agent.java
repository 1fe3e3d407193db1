package io.github.touchstone.benchmarks;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * The seed agent as the benchmarks use it: created/updated timestamps and one activity timestamp.
 * Touchstone generates {@code AgentTimestamps} for it.
 */
@Timestamped
public class Agent {
    Long id;
    String name;
    Instant createdAt;
    Instant updatedAt;
    @ActivityTimestamp
    Instant lastActiveAt;

    /** Creates an agent with no timestamps set. */
    public Agent() {
    }

    Agent(long id, String name) {
        this.id = id;
        this.name = name;
    }
}
