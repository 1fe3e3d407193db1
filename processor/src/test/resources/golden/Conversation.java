package com.acme;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;

/** A record: every change returns a new one. */
@Timestamped(updatedOnCreate = false)
public record Conversation(String topic, Instant createdAt, Instant updatedAt, @ActivityTimestamp Instant lastMessageAt) {
}
