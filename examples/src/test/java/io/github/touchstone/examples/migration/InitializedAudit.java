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
 * A half-done move of a JHipster-style audit base, what {@code docs/migration.md} says not to do:
 * Touchstone's marks added, the initializers {@code = Instant.now()} kept. {@code onCreate} never
 * overwrites a {@code createdDate} that is set, so the value comes from the system clock at
 * {@code new}, not from the listener's clock, and is not truncated to its precision. (The
 * processor warns about such an initializer; the warning is suppressed here, where it is the
 * point.)
 */
@Entity
@Table(name = "touchstone_mig_initialized")
@EntityListeners(InitializedAuditTimestamps.class)
@Timestamped
@SuppressWarnings("touchstone")
public class InitializedAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @CreatedAt
    @Column(name = "created_date", updatable = false)
    private Instant createdDate = Instant.now();

    @UpdatedAt
    @Column(name = "last_modified_date")
    private Instant lastModifiedDate = Instant.now();

    /** @return the database id */
    public Long getId() {
        return id;
    }

    /** @return when it was created */
    public Instant getCreatedDate() {
        return createdDate;
    }

    /** @param createdDate when it was created */
    public void setCreatedDate(Instant createdDate) {
        this.createdDate = createdDate;
    }

    /** @return when it last changed */
    public Instant getLastModifiedDate() {
        return lastModifiedDate;
    }

    /** @param lastModifiedDate when it last changed */
    public void setLastModifiedDate(Instant lastModifiedDate) {
        this.lastModifiedDate = lastModifiedDate;
    }
}
