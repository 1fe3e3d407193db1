package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose change is not a change of the entity: change detection
 * ({@link Timestamped#trackChanges() @Timestamped(trackChanges = true)}) ignores it, so
 * {@code touchIfChanged} does not touch the entity when only this field differs. Use it for
 * caches, counters and other derived state, or for a field the generated helper cannot read.
 *
 * <p>Harmless on an entity that does not track changes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Untracked {
}
