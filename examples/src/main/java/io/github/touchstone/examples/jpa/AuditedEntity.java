package io.github.touchstone.examples.jpa;

import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The common superclass of JPA entities that only need a creation and a last-update timestamp.
 *
 * <p>The processor writes {@code AuditedEntityTimestamps} for it, with generic callbacks;
 * registered here, on the mapped superclass, it runs for every entity that extends this class
 * (JPA inherits listeners), so a subclass such as {@link TaskEntity} declares nothing.
 *
 * <p>The timestamps are private, with a getter and a setter: the generated code goes through
 * them, so its writes reach a lazily loaded proxy (an {@link OrderLine}'s order) and are seen by
 * Hibernate's bytecode enhancement.
 */
@MappedSuperclass
@EntityListeners(AuditedEntityTimestamps.class)
@Timestamped
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Creates an entity with no timestamps yet. */
    protected AuditedEntity() {
    }

    /** @return when the entity was created, {@code null} until persisted */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Sets the creation time. Touchstone sets it; the column is not updatable, so a changed value
     * never reaches the database on an update.
     *
     * @param createdAt when the entity was created
     */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the entity last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Sets the last-update time. Touchstone sets it; a value set here (or by a helper's
     * {@code touch}) since the entity was loaded is the one stored: the listener does not replace it.
     *
     * @param updatedAt when the entity last changed
     */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
