package io.github.touchstone.examples.jpa;

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
 * A member of a site, written the way JPA entities usually are: private fields, each with a
 * getter and a setter. The generated code goes through the accessors, so a mark made on a lazily
 * loaded proxy ({@code em.getReference}, a {@code LAZY} association such as {@link Visit#getMember()})
 * or on an entity enhanced by Hibernate's bytecode enhancer reaches the database, and the validator
 * reads a proxy's real values.
 *
 * <p>{@code lastSeenAt} is plain activity (it does not touch {@code updatedAt}, though the
 * listener does when a flush writes only it); {@code lastLoginAt} touches {@code updatedAt} to the
 * same instant.
 */
@Entity
@Table(name = "touchstone_jpa_member")
@EntityListeners(MemberTimestamps.class)
@Timestamped
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ActivityTimestamp
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @ActivityTimestamp(touchesUpdatedAt = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** For JPA. */
    protected Member() {
    }

    /**
     * Creates a member with no id and no timestamps yet: the listener sets them when it is persisted.
     *
     * @param name the member's name
     */
    public Member(String name) {
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

    /** @return when the member was created, {@code null} until persisted */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the member was created (the column is not updatable) */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the member's data last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the member's data last changed */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the member was last seen, {@code null} if never */
    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    /** @param lastSeenAt when the member was last seen */
    public void setLastSeenAt(Instant lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    /** @return when the member last logged in, {@code null} if never */
    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** @param lastLoginAt when the member last logged in */
    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
