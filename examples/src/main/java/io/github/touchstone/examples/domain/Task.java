package io.github.touchstone.examples.domain;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Duration;
import java.time.Instant;

/**
 * A task on the {@link BaseEntity} pattern: it inherits {@code createdAt}/{@code updatedAt} and
 * {@code @Timestamped}, adds {@code completedAt}, and declares on the type the computed-only
 * duration {@code turnaround} (creation to completion), which stores nothing.
 *
 * <p>{@code BaseEntityTimestamps} serves it for the lifecycle; {@code TaskTimestamps} adds
 * {@code markCompletedAt}, {@code turnaround} and {@code elapsedTurnaround}.
 */
@Duration(name = "turnaround", start = "createdAt", end = "completedAt")
public class Task extends BaseEntity {

    String title;
    @ActivityTimestamp
    Instant completedAt;

    /**
     * Creates an open task.
     *
     * @param title what is to be done
     */
    public Task(String title) {
        this.title = title;
    }

    /** @return what is to be done */
    public String getTitle() {
        return title;
    }

    /** @param title what is to be done */
    public void setTitle(String title) {
        this.title = title;
    }

    /** @return when the task was completed, {@code null} while it is open */
    public Instant getCompletedAt() {
        return completedAt;
    }

    @Override
    public String toString() {
        return "Task[title=" + title + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + ", completedAt="
                + completedAt + "]";
    }
}
