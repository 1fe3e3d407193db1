package io.github.touchstone.examples.migration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity on the {@link AbstractAuditingEntity} base, as a JHipster application has dozens: its
 * timestamps, their columns and their listener all come from the base class.
 */
@Entity
@Table(name = "touchstone_mig_book")
public class Book extends AbstractAuditingEntity<Long> {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    /** For JPA. */
    protected Book() {
    }

    /**
     * Creates a book with no timestamps yet (and no {@code createdBy}, which Spring Data's
     * {@code AuditingEntityListener} fills in where it stays).
     *
     * @param title the title
     */
    public Book(String title) {
        this.title = title;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** @return the title */
    public String getTitle() {
        return title;
    }

    /** @param title the title */
    public void setTitle(String title) {
        this.title = title;
    }
}
