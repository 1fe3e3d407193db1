package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a domain timestamp that a business event sets, such as {@code lastActiveAt},
 * {@code stoppedAt} or {@code endTime}. For a field {@code lastActiveAt} the generated
 * helper has {@code markLastActiveAt(entity)}.
 *
 * <p>Allowed without {@link Timestamped @Timestamped}; such an entity uses the default
 * precision ({@code MICROS}) and future tolerance ({@code PT5S}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ActivityTimestamp {

    /**
     * Whether the timestamp can be set only once. With {@code true}, a mark sets it only
     * while it is {@code null}; afterwards a mark changes nothing at all (not even
     * {@code updatedAt}).
     *
     * @return {@code false} (the default) to overwrite on every mark
     */
    boolean once() default false;

    /**
     * Whether a mark also sets {@code updatedAt} to the same instant. Recording activity is
     * not a data change by default. {@code true} is a compile error where the entity has no
     * {@code updatedAt}.
     *
     * @return {@code false} (the default) to leave {@code updatedAt} alone
     */
    boolean touchesUpdatedAt() default false;
}
