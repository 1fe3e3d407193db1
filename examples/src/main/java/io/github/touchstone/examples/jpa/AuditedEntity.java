package io.github.touchstone.examples.jpa;

import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The common superclass of JPA entities that only need a creation and a last-update timestamp.
 *
 * <p>The processor writes {@code AuditedEntityTimestampListener} for it, with generic callbacks;
 * registered here, on the mapped superclass, it runs for every entity that extends this class
 * (JPA inherits listeners), so a subclass such as {@link TaskEntity} declares nothing.
 */
@MappedSuperclass
@EntityListeners(AuditedEntityTimestampListener.class)
@Timestamped
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Creates an entity with no timestamps yet. */
    protected AuditedEntity() {
    }

    /** @return when the entity was created, {@code null} until persisted */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when the entity last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
