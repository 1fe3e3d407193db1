package io.github.touchstone.examples.jpa;

import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity whose audit timestamps live in an {@link AuditStamps} it embeds. */
@Timestamped
@Entity
@Table(name = "touchstone_jpa_account")
@EntityListeners(AccountTimestamps.class)
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String owner;

    @Embedded
    private AuditStamps audit;

    /** For JPA. */
    protected Account() {
    }

    /** @param owner who holds the account */
    public Account(String owner) {
        this.owner = owner;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return who holds the account */
    public String getOwner() {
        return owner;
    }

    /** @param owner who holds the account */
    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** @return the audit timestamps, {@code null} until the first write */
    public AuditStamps getAudit() {
        return audit;
    }

    /** @param audit the audit timestamps */
    public void setAudit(AuditStamps audit) {
        this.audit = audit;
    }
}
