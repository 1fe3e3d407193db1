package io.github.touchstone.examples.domain;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * One working session of an {@link Agent}: it starts once, ends, and stores how long it ran.
 *
 * <p>{@code executionTimeMs} is tied to its interval by {@code @Duration}: the generated
 * {@code AgentSessionTimestamps.completeExecutionTimeMs} sets {@code endTime} and stores
 * {@code endTime - startTime} in milliseconds, and {@code AgentSessionTimestamps} refuses
 * a stored value that does not match.
 */
@Timestamped
public class AgentSession {

    Long id;
    Long agentId;
    Instant createdAt;
    Instant updatedAt;
    @ActivityTimestamp(once = true)
    Instant startTime;
    @ActivityTimestamp
    Instant endTime;
    @Duration(start = "startTime", end = "endTime")
    Long executionTimeMs;

    /**
     * Creates a session of an agent, not started yet.
     *
     * @param agentId the id of the agent working in it
     */
    public AgentSession(Long agentId) {
        this.agentId = agentId;
    }

    /** @return the database id, {@code null} until stored */
    public Long getId() {
        return id;
    }

    /** @param id the database id */
    public void setId(Long id) {
        this.id = id;
    }

    /** @return the id of the agent working in this session */
    public Long getAgentId() {
        return agentId;
    }

    /** @param agentId the id of the agent working in this session */
    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    /** @return when the session was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the session was created (for repositories loading a row) */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the session's data last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the session's data last changed (for repositories loading a row) */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the session started, {@code null} before it does */
    public Instant getStartTime() {
        return startTime;
    }

    /** @param startTime when the session started (for repositories loading a row) */
    public void setStartTime(Instant startTime) {
        this.startTime = startTime;
    }

    /** @return when the session ended, {@code null} while it runs */
    public Instant getEndTime() {
        return endTime;
    }

    /** @param endTime when the session ended (for repositories loading a row) */
    public void setEndTime(Instant endTime) {
        this.endTime = endTime;
    }

    /** @return {@code endTime - startTime} in milliseconds once completed, else {@code null} */
    public Long getExecutionTimeMs() {
        return executionTimeMs;
    }

    /** @param executionTimeMs the stored duration in milliseconds (for repositories loading a row) */
    public void setExecutionTimeMs(Long executionTimeMs) {
        this.executionTimeMs = executionTimeMs;
    }

    @Override
    public String toString() {
        return "AgentSession[id=" + id + ", agentId=" + agentId + ", createdAt=" + createdAt + ", updatedAt="
                + updatedAt + ", startTime=" + startTime + ", endTime=" + endTime + ", executionTimeMs="
                + executionTimeMs + "]";
    }
}
