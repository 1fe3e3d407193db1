package io.github.touchstone.examples.migration;

import io.github.touchstone.CreatedAt;
import io.github.touchstone.Timestamped;
import io.github.touchstone.UpdatedAt;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;

/**
 * A JHipster-style audit base moved to Touchstone: the generic {@code @MappedSuperclass} every
 * entity of the application extends, with its column names kept. Before, Spring Data's
 * {@code @CreatedDate}/{@code @LastModifiedDate} marked the timestamps and each was initialized
 * with {@code Instant.now()}; now {@code @CreatedAt}/{@code @UpdatedAt} mark them, nothing
 * initializes them, and the generated {@code AbstractAuditingEntityTimestamps}, registered
 * here, runs for every subclass.
 *
 * <p>The generated helpers are generic over the subclasses
 * ({@code <E extends AbstractAuditingEntity<?>> E touch(E e)}), so
 * {@code AbstractAuditingEntityTimestamps.onCreate(new Book(...))} returns a {@link Book}.
 *
 * @param <T> the type of the id
 */
@MappedSuperclass
@EntityListeners(AbstractAuditingEntityTimestamps.class)
@Timestamped
public abstract class AbstractAuditingEntity<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    // with Spring Data: @CreatedBy (AuditingEntityListener still sets it)
    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @CreatedAt
    @Column(name = "created_date", updatable = false)
    private Instant createdDate;

    // with Spring Data: @LastModifiedBy
    @Column(name = "last_modified_by", length = 50)
    private String lastModifiedBy;

    @UpdatedAt
    @Column(name = "last_modified_date")
    private Instant lastModifiedDate;

    /** Creates an entity with no timestamps yet. */
    protected AbstractAuditingEntity() {
    }

    /** @return the database id, {@code null} until persisted */
    public abstract T getId();

    /** @return who created it */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @param createdBy who created it */
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    /** @return when it was created */
    public Instant getCreatedDate() {
        return createdDate;
    }

    /** @param createdDate when it was created: the generated code's to set */
    public void setCreatedDate(Instant createdDate) {
        this.createdDate = createdDate;
    }

    /** @return who changed it last */
    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    /** @param lastModifiedBy who changed it last */
    public void setLastModifiedBy(String lastModifiedBy) {
        this.lastModifiedBy = lastModifiedBy;
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
