package io.github.touchstone.examples.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A task on the {@link AuditedEntity} pattern: its timestamps, their mapping and their listener
 * all come from the mapped superclass.
 */
@Entity
@Table(name = "touchstone_jpa_task")
public class TaskEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false)
    boolean done;

    /** For JPA. */
    protected TaskEntity() {
    }

    /**
     * Creates an open task.
     *
     * @param title what is to be done
     */
    public TaskEntity(String title) {
        this.title = title;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return what is to be done */
    public String getTitle() {
        return title;
    }

    /** @param title what is to be done */
    public void setTitle(String title) {
        this.title = title;
    }

    /** @return whether it is done */
    public boolean isDone() {
        return done;
    }

    /** @param done whether it is done */
    public void setDone(boolean done) {
        this.done = done;
    }
}
