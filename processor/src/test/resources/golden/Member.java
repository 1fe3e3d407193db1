package com.acme;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import java.time.Instant;

/** A JPA entity with its generated listener. */
@Timestamped
@Entity
@EntityListeners(MemberTimestamps.class)
public class Member {
    @Id private Long id;
    @Column(updatable = false) private Instant createdAt;
    private Instant updatedAt;
    @ActivityTimestamp private Instant lastSeenAt;

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public void setLastSeenAt(Instant lastSeenAt) { this.lastSeenAt = lastSeenAt; }
}
