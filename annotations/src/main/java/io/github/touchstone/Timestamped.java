package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Marks an entity that has a creation and a last-update timestamp.
 *
 * <p>For an entity {@code com.acme.Agent} Touchstone generates {@code com.acme.AgentTimestamps}
 * ({@code onCreate}, {@code touch}, {@code touchAll}, {@code updatedAtOrCreated}, {@code age},
 * {@code sinceLastUpdate}, plus the activity and duration methods) and
 * {@code com.acme.AgentTimestamps}.
 *
 * <p>The timestamps are the fields named {@code createdAt} and {@code updatedAt}, unless
 * {@link CreatedAt @CreatedAt} and {@link UpdatedAt @UpdatedAt} mark others. They may be
 * declared in a superclass. On an abstract class the generated methods are generic, so one
 * helper serves every subclass.
 *
 * <pre>{@code
 * @Timestamped
 * public class Agent {
 *     Instant createdAt;
 *     Instant updatedAt;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Timestamped {

    /**
     * Whether {@code onCreate} sets {@code updatedAt} to the same instant as {@code createdAt}.
     * With {@code false}, {@code updatedAt} stays {@code null} until the first {@code touch}:
     * {@code null} then means "never updated", and the validator accepts it.
     *
     * @return {@code true} (the default) to fill {@code updatedAt} on creation
     */
    boolean updatedOnCreate() default true;

    /**
     * The unit every generated "now" is truncated to, so that values survive a round trip
     * through a database column (PostgreSQL keeps microseconds). One of {@code NANOS},
     * {@code MICROS}, {@code MILLIS}, {@code SECONDS}; anything else is a compile error.
     *
     * @return the precision of generated timestamps, {@code MICROS} by default
     */
    ChronoUnit precision() default ChronoUnit.MICROS;

    /**
     * How far in the future a timestamp may be before the validator reports it
     * ({@code IN_FUTURE}), as an ISO-8601 duration such as {@code "PT5S"}. Unparsable or
     * negative values are compile errors.
     *
     * @return the tolerated clock skew, {@code "PT5S"} by default
     */
    String futureTolerance() default "PT5S";

    /**
     * Whether to generate change detection as well: for a concrete class, a nested
     * {@code Snapshot} record with {@code snapshot(entity)}, {@code changedSince(entity, before)}
     * and {@code touchIfChanged(entity, before)}, which touches the entity only when a tracked
     * field differs; for a record, {@code changed(before, after)} and
     * {@code touchIfChanged(before, after)}. Tracked are the entity's instance fields except
     * {@code createdAt}, {@code updatedAt}, activity timestamps, {@code transient} and JPA
     * {@code @Transient} fields and fields marked {@link Untracked @Untracked}. An abstract class
     * gets none: annotate its concrete subclasses.
     *
     * @return {@code false} (the default) to generate no change detection
     */
    boolean trackChanges() default false;
}
