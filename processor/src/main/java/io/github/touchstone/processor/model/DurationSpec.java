package io.github.touchstone.processor.model;

import java.util.Optional;

/**
 * A {@code @Duration}: an interval between two timestamps of the entity.
 *
 * @param name the name the generated methods carry
 * @param start the field where it starts
 * @param end the field where it ends
 * @param stored the field that stores it, empty for the type-level form
 */
public record DurationSpec(String name, TimestampField start, TimestampField end, Optional<StoredDuration> stored) {
}
