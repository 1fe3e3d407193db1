package io.github.touchstone.examples.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A page a {@link Member} visited. Its member is a {@code LAZY} association: a Hibernate proxy
 * until first used, on which {@code MemberTimestamps.markLastSeenAt} still reaches the row.
 */
@Entity
@Table(name = "touchstone_jpa_visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(nullable = false, length = 200)
    private String page;

    /** For JPA. */
    protected Visit() {
    }

    /**
     * Creates a visit.
     *
     * @param member who visited
     * @param page what they visited
     */
    public Visit(Member member, String page) {
        this.member = member;
        this.page = page;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return who visited: a proxy until used, where the visit was loaded on its own */
    public Member getMember() {
        return member;
    }

    /** @return what they visited */
    public String getPage() {
        return page;
    }
}
