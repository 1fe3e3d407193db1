package io.github.touchstone.examples.jpa;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import io.github.touchstone.examples.domain.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The JPA form of {@link Agent}: the generated {@code AgentEntityTimestamps} sets
 * {@code createdAt}/{@code updatedAt} before every insert and update and refuses an agent whose
 * timestamps are invalid, so no code that stores an agent sets or checks a timestamp itself.
 *
 * <p>{@code createdAt} is mapped {@code updatable = false}: a listener cannot see the value that a
 * {@code merge} of a detached copy replaces, so only the mapping keeps it from being overwritten
 * (without it the processor warns, TS208). The activity timestamps are set by the generated
 * {@code AgentEntityTimestamps} ({@code markLastActiveAt}, {@code markStoppedAt}).
 */
@Entity
@Table(name = "touchstone_jpa_agent")
@EntityListeners(AgentEntityTimestamps.class)
@Timestamped
public class AgentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Agent.Status status = Agent.Status.REGISTERED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ActivityTimestamp
    @Column(name = "last_active_at")
    private Instant lastActiveAt;

    @ActivityTimestamp(once = true)
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    /** For JPA. */
    protected AgentEntity() {
    }

    /**
     * Creates a registered agent with no id and no timestamps yet: the listener sets them when it
     * is persisted.
     *
     * @param name the agent's name
     */
    public AgentEntity(String name) {
        this.name = name;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
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
    public Agent.Status getStatus() {
        return status;
    }

    /** @param status the status */
    public void setStatus(Agent.Status status) {
        this.status = status;
    }

    /** @return when the agent was created, {@code null} until persisted */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Sets the creation time. Touchstone sets it; this setter exists for frameworks and tests, and
     * the column is not updatable, so a changed value never reaches the database on an update.
     *
     * @param createdAt when the agent was created
     */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the agent's data last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Sets the last-update time. The listener sets it on every update the application did not
     * stamp itself; a value set here since the agent was loaded is the one stored.
     *
     * @param updatedAt when the agent's data last changed
     */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the agent was last active, {@code null} if never */
    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    /** @param lastActiveAt when the agent was last active; {@code markLastActiveAt} sets it */
    public void setLastActiveAt(Instant lastActiveAt) {
        this.lastActiveAt = lastActiveAt;
    }

    /** @return when the agent was stopped, {@code null} while it runs */
    public Instant getStoppedAt() {
        return stoppedAt;
    }

    /** @param stoppedAt when the agent was stopped; {@code markStoppedAt} sets it, once */
    public void setStoppedAt(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    @Override
    public String toString() {
        return "AgentEntity[id=" + id + ", name=" + name + ", status=" + status + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt + ", lastActiveAt=" + lastActiveAt + ", stoppedAt=" + stoppedAt + "]";
    }
}
