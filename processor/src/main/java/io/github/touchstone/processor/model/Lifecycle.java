package io.github.touchstone.processor.model;

/**
 * The creation and last-update timestamps of a {@code @Timestamped} entity.
 *
 * @param createdAt the creation timestamp
 * @param updatedAt the last-update timestamp
 * @param updatedOnCreate whether {@code onCreate} fills {@code updatedAt}
 */
public record Lifecycle(TimestampField createdAt, TimestampField updatedAt, boolean updatedOnCreate) {
}
