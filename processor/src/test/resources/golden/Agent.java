package com.acme;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;

@Timestamped
public class Agent {
    Long id;
    String name;
    Instant createdAt;
    Instant updatedAt;
    @ActivityTimestamp
    Instant lastActiveAt;
    @ActivityTimestamp(once = true, touchesUpdatedAt = true)
    Instant stoppedAt;
}
