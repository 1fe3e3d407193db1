package io.github.touchstone;

import java.util.List;

/**
 * Checks the timestamps of an entity against the rules of {@link TimestampViolation.Rule}.
 * Touchstone generates one implementation per entity, {@code <Entity>TimestampValidator}.
 *
 * @param <T> the entity type
 */
public interface TimestampValidator<T> {

    /**
     * Lists every violation of the entity's timestamps.
     *
     * @param entity the entity to check, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code entity} is {@code null}
     */
    List<TimestampViolation> validate(T entity);

    /**
     * Returns the entity if it is valid.
     *
     * @param entity the entity to check, not {@code null}
     * @return {@code entity}
     * @throws TimestampValidationException naming every violation, if there is one
     * @throws NullPointerException if {@code entity} is {@code null}
     */
    T check(T entity);
}
