package io.github.touchstone.examples.jpa;

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
 * What TS208 warns about, on purpose: an entity whose {@code createdAt} column is updatable (the
 * warning is silenced here, and only here). {@link UpdatableCreatedAtTest} shows a merge
 * overwriting it. Its timestamps are fields without accessors, which the test reads and writes
 * directly; that is silenced too (no proxy or enhanced class of it is ever used).
 */
@SuppressWarnings("touchstone") // TS208 on createdAt; timestamps without accessors
@Entity
@Table(name = "touchstone_jpa_unguarded_note")
@EntityListeners(UnguardedNoteTimestamps.class)
@Timestamped
class UnguardedNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String text;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    UnguardedNote() {
    }

    UnguardedNote(String text) {
        this.text = text;
    }
}
