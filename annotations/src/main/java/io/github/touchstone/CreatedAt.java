package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creation timestamp of a {@link Timestamped @Timestamped} entity when it is not
 * named {@code createdAt}. It is set once by {@code onCreate} and never changed afterwards.
 *
 * <p>May be placed in an abstract superclass that is not itself {@code @Timestamped}; it
 * then serves the annotated subclasses. In a concrete class that is not
 * {@code @Timestamped} it is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {
}
