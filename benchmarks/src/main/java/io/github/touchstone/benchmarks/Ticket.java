package io.github.touchstone.benchmarks;

import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import java.time.OffsetDateTime;

/**
 * A ticket with {@code OffsetDateTime} timestamps and a stored duration: one of the entity types
 * {@link ManyEntityTypesBenchmark} drives through the shared runtime before it measures.
 */
@Timestamped
public class Ticket {
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
    OffsetDateTime openedAt;
    OffsetDateTime closedAt;
    @Duration(start = "openedAt", end = "closedAt")
    Long handlingMs;
}
