package com.acme;

import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Stored and type-level durations. */
@Timestamped
@Duration(name = "queueTime", start = "createdAt", end = "startTime")
public final class AgentSession {
    private Instant createdAt;
    private Instant updatedAt;
    private Instant startTime;
    private Instant endTime;
    @Duration(start = "startTime", end = "endTime", unit = ChronoUnit.MILLIS)
    private Long executionTimeMs;

    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getStartTime() { return startTime; }
    public void setStartTime(Instant startTime) { this.startTime = startTime; }
    public Instant getEndTime() { return endTime; }
    public void setEndTime(Instant endTime) { this.endTime = endTime; }
    public Long getExecutionTimeMs() { return executionTimeMs; }
    public void setExecutionTimeMs(Long executionTimeMs) { this.executionTimeMs = executionTimeMs; }
}
