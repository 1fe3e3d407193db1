package io.github.touchstone.processor.model;

/**
 * An {@code @ActivityTimestamp} field.
 *
 * @param field the timestamp
 * @param once whether it is set only while {@code null}
 * @param touchesUpdatedAt whether a mark also sets {@code updatedAt}
 */
public record Activity(TimestampField field, boolean once, boolean touchesUpdatedAt) {
}
