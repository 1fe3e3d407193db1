package io.github.touchstone.processor.model;

/**
 * A timestamp field of an entity.
 *
 * @param name the declared field (or record component) name
 * @param type its time type
 * @param access how generated code reaches it
 */
public record TimestampField(String name, TimeType type, Access access) {
}
