package io.github.touchstone.examples.jpa;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The JPA form of {@code AgentSession}: a working session of an {@link AgentEntity} that stores
 * how long it ran. {@code executionTimeMs} is tied to {@code startTime}/{@code endTime} by
 * {@code @Duration}, so the generated {@code SessionEntityTimestamps} refuses to insert or
 * update a session whose stored duration does not match its interval, or whose interval ends
 * before it starts.
 *
 * <p>{@code SessionEntityTimestamps.markStartTime} starts it (once);
 * {@code completeExecutionTimeMs} ends it and stores the duration.
 */
@Entity
@Table(name = "touchstone_jpa_session")
@EntityListeners(SessionEntityTimestamps.class)
@Timestamped
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private AgentEntity agent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ActivityTimestamp(once = true)
    @Column(name = "start_time")
    private Instant startTime;

    @ActivityTimestamp
    @Column(name = "end_time")
    private Instant endTime;

    @Duration(start = "startTime", end = "endTime")
    @Column(name = "execution_time_ms")
    private Long executionTimeMs;

    /** For JPA. */
    protected SessionEntity() {
    }

    /**
     * Creates a session of an agent, not started yet.
     *
     * @param agent the agent working in it
     */
    public SessionEntity(AgentEntity agent) {
        this.agent = agent;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return the agent working in this session */
    public AgentEntity getAgent() {
        return agent;
    }

    /** @return when the session was created, {@code null} until persisted */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the session was created (the column is not updatable) */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the session's data last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the session's data last changed */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the session started, {@code null} before it does */
    public Instant getStartTime() {
        return startTime;
    }

    /** @param startTime when the session started; {@code markStartTime} sets it, once */
    public void setStartTime(Instant startTime) {
        this.startTime = startTime;
    }

    /** @return when the session ended, {@code null} while it runs */
    public Instant getEndTime() {
        return endTime;
    }

    /**
     * Sets the end of the session by hand (an import, a correction). The listener checks it
     * against {@code startTime} and the stored duration before the change is written.
     *
     * @param endTime when the session ended
     */
    public void setEndTime(Instant endTime) {
        this.endTime = endTime;
    }

    /** @return {@code endTime - startTime} in milliseconds once completed, else {@code null} */
    public Long getExecutionTimeMs() {
        return executionTimeMs;
    }

    /**
     * Sets the stored duration by hand (an import, a correction). The listener refuses a value that
     * does not match {@code endTime - startTime}.
     *
     * @param executionTimeMs the duration in milliseconds
     */
    public void setExecutionTimeMs(Long executionTimeMs) {
        this.executionTimeMs = executionTimeMs;
    }

    @Override
    public String toString() {
        return "SessionEntity[id=" + id + ", agent=" + (agent == null ? null : agent.getId()) + ", createdAt="
                + createdAt + ", updatedAt=" + updatedAt + ", startTime=" + startTime + ", endTime=" + endTime
                + ", executionTimeMs=" + executionTimeMs + "]";
    }
}
