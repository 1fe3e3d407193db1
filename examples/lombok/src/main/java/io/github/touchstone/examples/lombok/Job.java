package io.github.touchstone.examples.lombok;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import java.time.Instant;
import lombok.Data;

/** {@code @Data}: accessors (and equals, hashCode, toString) by Lombok, and a stored duration. */
@Data
@Timestamped
public class Job {

    private String command;
    private Instant createdAt;
    private Instant updatedAt;
    @ActivityTimestamp(once = true)
    private Instant startedAt;
    @ActivityTimestamp(once = true, touchesUpdatedAt = true)
    private Instant finishedAt;
    @Duration(start = "startedAt", end = "finishedAt")
    private Long runtimeMs;
}
