package io.github.touchstone.benchmarks;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * A record: one of the entity types {@link ManyEntityTypesBenchmark} drives through the shared runtime before it
 * measures, the one whose helper builds copies.
 *
 * @param text the note's text
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param readAt when it was last read
 */
@Timestamped
public record Note(String text, Instant createdAt, Instant updatedAt, @ActivityTimestamp Instant readAt) {
}
