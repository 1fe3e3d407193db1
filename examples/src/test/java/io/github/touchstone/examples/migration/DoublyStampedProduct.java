package io.github.touchstone.examples.migration;

import io.github.touchstone.CreatedAt;
import io.github.touchstone.Timestamped;
import io.github.touchstone.UpdatedAt;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A half-done move, what {@code docs/migration.md} says not to do: Touchstone's marks and listener
 * added, Hibernate's {@code @CreationTimestamp}/{@code @UpdateTimestamp} kept. Hibernate generates
 * its values at the insert, after the listener set and checked its own, so the row holds
 * Hibernate's.
 */
@Entity
@Table(name = "touchstone_mig_product_doubly")
@EntityListeners(DoublyStampedProductTimestamps.class)
@Timestamped
public class DoublyStampedProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @CreatedAt
    @CreationTimestamp
    @Column(name = "created_on", nullable = false, updatable = false)
    private Instant createdOn;

    @UpdatedAt
    @UpdateTimestamp
    @Column(name = "updated_on", nullable = false)
    private Instant updatedOn;

    /** @return the database id */
    public Long getId() {
        return id;
    }

    /** @return when it was created */
    public Instant getCreatedOn() {
        return createdOn;
    }

    /** @param createdOn when it was created */
    public void setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
    }

    /** @return when it last changed */
    public Instant getUpdatedOn() {
        return updatedOn;
    }

    /** @param updatedOn when it last changed */
    public void setUpdatedOn(Instant updatedOn) {
        this.updatedOn = updatedOn;
    }
}
