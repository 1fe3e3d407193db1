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
 * An entity moved from Spring Data auditing to Touchstone, keeping its table and columns. Before,
 * {@code @CreatedDate} and {@code @LastModifiedDate} marked the timestamps and Spring Data's
 * {@code AuditingEntityListener} set them; now {@code @CreatedAt} and {@code @UpdatedAt} mark them
 * and the generated {@code CustomerTimestamps} sets and checks them.
 *
 * <p>Spring Data's listener may stay, for {@code @CreatedBy} and {@code @LastModifiedBy} only: an
 * application registers both, {@code @EntityListeners({AuditingEntityListener.class,
 * CustomerTimestamps.class})}. This project has no Spring Data on its class path, so the
 * auditor columns below are plain columns (see {@code docs/migration.md}).
 */
@Entity
@Table(name = "touchstone_mig_customer")
@EntityListeners(CustomerTimestamps.class)
@Timestamped
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    // with Spring Data: @CreatedBy (AuditingEntityListener still sets it)
    @Column(name = "created_by", length = 50, updatable = false)
    private String createdBy;

    // with Spring Data: @LastModifiedBy
    @Column(name = "last_modified_by", length = 50)
    private String lastModifiedBy;

    @CreatedAt
    @Column(name = "created_date", nullable = false, updatable = false)
    private Instant createdDate;

    @UpdatedAt
    @Column(name = "last_modified_date", nullable = false)
    private Instant lastModifiedDate;

    /** For JPA. */
    protected Customer() {
    }

    /**
     * Creates a customer with no timestamps yet: the listener sets them when it is persisted.
     *
     * @param name the customer's name
     */
    public Customer(String name) {
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

    /** @return who created it, where something sets it */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @param createdBy who created it */
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    /** @return who changed it last, where something sets it */
    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    /** @param lastModifiedBy who changed it last */
    public void setLastModifiedBy(String lastModifiedBy) {
        this.lastModifiedBy = lastModifiedBy;
    }

    /** @return when it was created */
    public Instant getCreatedDate() {
        return createdDate;
    }

    /** @param createdDate when it was created: the generated code's to set */
    public void setCreatedDate(Instant createdDate) {
        this.createdDate = createdDate;
    }

    /** @return when it last changed */
    public Instant getLastModifiedDate() {
        return lastModifiedDate;
    }

    /** @param lastModifiedDate when it last changed: the generated code's to set */
    public void setLastModifiedDate(Instant lastModifiedDate) {
        this.lastModifiedDate = lastModifiedDate;
    }
}
