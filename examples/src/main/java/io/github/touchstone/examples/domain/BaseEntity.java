package io.github.touchstone.examples.domain;

import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * The common superclass of entities that only need a creation and a last-update timestamp.
 *
 * <p>Because it is abstract, the generated {@code BaseEntityTimestamps} has generic methods
 * ({@code <E extends BaseEntity> E touch(E e)}): one helper serves every subclass and hands the
 * caller's subclass back.
 */
@Timestamped
public abstract class BaseEntity {

    Instant createdAt;
    Instant updatedAt;

    /** Creates an entity with no timestamps yet. */
    protected BaseEntity() {
    }

    /** @return when the entity was created, {@code null} before {@code onCreate} */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when the entity last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
