package io.github.touchstone.examples.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The audit timestamps of an {@link Account}, kept in an embedded value (the DDD audit-value
 * pattern). Touchstone finds {@code createdAt} and {@code updatedAt} here by convention; the
 * helpers create the value while the account holds none.
 */
@Embeddable
public class AuditStamps {

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** @return when the account was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the account was created */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the account last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the account last changed */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
