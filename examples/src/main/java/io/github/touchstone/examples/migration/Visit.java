package io.github.touchstone.examples.migration;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An entity that keeps its {@code LocalDateTime} timestamps and {@code timestamp} columns
 * without time zone, whose rows were written as Europe/Paris wall time. Touchstone writes UTC wall
 * time into a {@code LocalDateTime}, so the SQL migration
 * ({@code migration/<database>/paris-wall-time-to-utc-wall-time.sql}) rewrites every stored value
 * from Paris to UTC wall time; without it, recent rows are an hour or two in the future
 * ({@code IN_FUTURE}) and an update is refused ({@code BEFORE_CREATED_AT}).
 *
 * <p>{@code @SuppressWarnings("touchstone")} silences TS206, the warning on every
 * {@code LocalDateTime}: here it is a decision, the column type is kept. {@link Reservation} shows
 * the migration to {@code Instant} instead, which is recommended.
 */
@Entity
@Table(name = "touchstone_mig_visit")
@EntityListeners(VisitTimestamps.class)
@Timestamped
@SuppressWarnings("touchstone")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String guest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ActivityTimestamp
    @Column(name = "checked_in_at")
    private LocalDateTime checkedInAt;

    /** For JPA. */
    protected Visit() {
    }

    /**
     * Creates a visit with no timestamps yet.
     *
     * @param guest who visits
     */
    public Visit(String guest) {
        this.guest = guest;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return who visits */
    public String getGuest() {
        return guest;
    }

    /** @param guest who visits */
    public void setGuest(String guest) {
        this.guest = guest;
    }

    /** @return when it was created, UTC wall time */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when it was created: the generated code's to set */
    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when it last changed, UTC wall time */
    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when it last changed: the generated code's to set */
    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the guest checked in, UTC wall time, {@code null} until then */
    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    /** @param checkedInAt when the guest checked in: {@code markCheckedInAt} sets it */
    public void setCheckedInAt(LocalDateTime checkedInAt) {
        this.checkedInAt = checkedInAt;
    }
}
