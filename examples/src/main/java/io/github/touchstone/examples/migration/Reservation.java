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
import java.time.Instant;

/**
 * An entity whose timestamps were {@code LocalDateTime}s written as Europe/Paris wall time into
 * {@code timestamp} columns without time zone, moved to {@code Instant}s in
 * {@code timestamp with time zone} columns: the SQL migration
 * ({@code migration/<database>/paris-wall-time-to-timestamptz.sql}) reads every stored value as
 * Paris time and stores the instant it was, so the rows written before read back as the instants
 * they meant and pass the generated validator.
 */
@Entity
@Table(name = "touchstone_mig_reservation")
@EntityListeners(ReservationTimestamps.class)
@Timestamped
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String guest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ActivityTimestamp
    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    /** For JPA. */
    protected Reservation() {
    }

    /**
     * Creates a reservation with no timestamps yet.
     *
     * @param guest who reserved
     */
    public Reservation(String guest) {
        this.guest = guest;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return who reserved */
    public String getGuest() {
        return guest;
    }

    /** @param guest who reserved */
    public void setGuest(String guest) {
        this.guest = guest;
    }

    /** @return when it was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when it was created: the generated code's to set */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when it last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when it last changed: the generated code's to set */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the guest checked in, {@code null} until then */
    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    /** @param checkedInAt when the guest checked in: {@code markCheckedInAt} sets it */
    public void setCheckedInAt(Instant checkedInAt) {
        this.checkedInAt = checkedInAt;
    }
}
