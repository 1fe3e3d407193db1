package io.github.touchstone.examples.domain;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * An agent that is registered, works in sessions and is eventually stopped.
 *
 * <p>Its timestamps are managed by the generated {@code AgentTimestamps}: {@code createdAt} and
 * {@code updatedAt} by {@code onCreate}/{@code touch}, {@code lastActiveAt} by
 * {@code markLastActiveAt} (every time), and {@code stoppedAt} by {@code markStoppedAt} (once).
 * The fields are package-private, so the generated code, in this package, writes them directly;
 * the public accessors serve the service layer and the repository.
 */
@Timestamped
public class Agent {

    /** Where an agent is in its life. */
    public enum Status {
        /** Registered, never active yet. */
        REGISTERED,
        /** Has been activated (or has started a session). */
        ACTIVE,
        /** Stopped for good. */
        STOPPED
    }

    Long id;
    String name;
    Status status = Status.REGISTERED;
    Instant createdAt;
    Instant updatedAt;
    @ActivityTimestamp
    Instant lastActiveAt;
    @ActivityTimestamp(once = true)
    Instant stoppedAt;

    /**
     * Creates a registered agent with no id and no timestamps yet.
     *
     * @param name the agent's name
     */
    public Agent(String name) {
        this.name = name;
    }

    /** @return the database id, {@code null} until stored */
    public Long getId() {
        return id;
    }

    /** @param id the database id */
    public void setId(Long id) {
        this.id = id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the status */
    public Status getStatus() {
        return status;
    }

    /** @param status the status */
    public void setStatus(Status status) {
        this.status = status;
    }

    /** @return when the agent was created, {@code null} before {@code onCreate} */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the agent was created (for repositories loading a row) */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the agent's data last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the agent's data last changed (for repositories loading a row) */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the agent was last active, {@code null} if never */
    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    /** @param lastActiveAt when the agent was last active (for repositories loading a row) */
    public void setLastActiveAt(Instant lastActiveAt) {
        this.lastActiveAt = lastActiveAt;
    }

    /** @return when the agent was stopped, {@code null} while it runs */
    public Instant getStoppedAt() {
        return stoppedAt;
    }

    /** @param stoppedAt when the agent was stopped (for repositories loading a row) */
    public void setStoppedAt(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    @Override
    public String toString() {
        return "Agent[id=" + id + ", name=" + name + ", status=" + status + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt + ", lastActiveAt=" + lastActiveAt + ", stoppedAt=" + stoppedAt + "]";
    }
}
