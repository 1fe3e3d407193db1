package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * A duration between two timestamp fields of the same entity.
 *
 * <p>On a field (or record component) the field stores the duration, as a
 * {@code long}/{@code Long}/{@code int}/{@code Integer} in {@link #unit()} or as a
 * {@code java.time.Duration}; the generated {@code computeX} and {@code completeX} write it
 * and the validator checks that it matches {@code end - start}:
 *
 * <pre>{@code
 * @Duration(start = "startTime", end = "endTime")
 * Long executionTimeMs;
 * }</pre>
 *
 * <p>On the type it stores nothing and only generates the null-safe calculators; it then
 * needs a {@link #name()} and may be repeated:
 *
 * <pre>{@code
 * @Duration(name = "lifetime", start = "createdAt", end = "stoppedAt")
 * public class Agent { ... }
 * }</pre>
 *
 * <p>Allowed without {@link Timestamped @Timestamped}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Duration.List.class)
public @interface Duration {

    /**
     * The name of the timestamp field where the interval starts.
     *
     * @return a field of the same entity (or a superclass)
     */
    String start();

    /**
     * The name of the timestamp field where the interval ends.
     *
     * @return a field of the same entity (or a superclass)
     */
    String end();

    /**
     * The unit of a numeric stored field; the stored value is {@code end - start} truncated to
     * it. One of {@code NANOS} to {@code DAYS}. On a {@code java.time.Duration} field an
     * explicit unit truncates the stored duration.
     *
     * @return the unit, {@code MILLIS} by default
     */
    ChronoUnit unit() default ChronoUnit.MILLIS;

    /**
     * The duration's name, which names the generated methods ({@code lifetime},
     * {@code elapsedLifetime}, ...). Required on the type; on a field it defaults to the
     * field's name.
     *
     * @return the name, or {@code ""} for the field's name
     */
    String name() default "";

    /**
     * The container of repeated type-level {@link Duration @Duration} annotations.
     */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /**
         * The repeated durations.
         *
         * @return the durations declared on the type
         */
        Duration[] value();
    }
}
