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

/**
 * An entity moved from Hibernate's {@code @CreationTimestamp}/{@code @UpdateTimestamp} to
 * Touchstone, keeping its table and columns: {@code @CreatedAt} replaces
 * {@code @CreationTimestamp}, {@code @UpdatedAt} replaces {@code @UpdateTimestamp}, and the
 * generated {@code ProductTimestamps} is registered. The Hibernate annotations are gone:
 * Hibernate generates their values at the insert or update itself, after the listener has set
 * and checked its own, and would overwrite them.
 */
@Entity
@Table(name = "touchstone_mig_product")
@EntityListeners(ProductTimestamps.class)
@Timestamped
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @CreatedAt
    @Column(name = "created_on", nullable = false, updatable = false)
    private Instant createdOn;

    @UpdatedAt
    @Column(name = "updated_on", nullable = false)
    private Instant updatedOn;

    /** For JPA. */
    protected Product() {
    }

    /**
     * Creates a product with no timestamps yet: the listener sets them when it is persisted.
     *
     * @param name the product's name
     */
    public Product(String name) {
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

    /** @return when it was created */
    public Instant getCreatedOn() {
        return createdOn;
    }

    /** @param createdOn when it was created: the generated code's to set */
    public void setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
    }

    /** @return when it last changed */
    public Instant getUpdatedOn() {
        return updatedOn;
    }

    /** @param updatedOn when it last changed: the generated code's to set */
    public void setUpdatedOn(Instant updatedOn) {
        this.updatedOn = updatedOn;
    }
}
