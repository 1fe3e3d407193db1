package io.github.touchstone.benchmarks;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;

/**
 * A device with epoch-millisecond timestamps: one of the entity types {@link ManyEntityTypesBenchmark} drives
 * through the shared runtime before it measures.
 */
@Timestamped
public class Device {
    Long createdAt;
    Long updatedAt;
    @ActivityTimestamp(touchesUpdatedAt = true)
    Long seenAt;
}
