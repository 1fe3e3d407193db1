package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a timestamp that lies in the future by design: the moment the entity stops being
 * valid, such as {@code expiresAt}. For a field {@code tokenExpiresAt} the generated helper has
 * {@code expireTokenIn(entity, ttl)}, {@code isTokenExpired(entity)} and
 * {@code tokenTimeToExpiry(entity)}; for a field named {@code expiresAt}, {@code expireIn},
 * {@code isExpired} and {@code timeToExpiry}.
 *
 * <p>The validator never reports an expiry as being in the future. A field cannot be both
 * {@code @Expiry} and {@link CreatedAt @CreatedAt}, {@link UpdatedAt @UpdatedAt} or
 * {@link ActivityTimestamp @ActivityTimestamp} (a compile error). Allowed without
 * {@link Timestamped @Timestamped}; such an entity uses the default precision ({@code MICROS})
 * and future tolerance ({@code PT5S}).
 *
 * <pre>{@code
 * public class UserConnection {
 *     @Expiry Instant expiresAt;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Expiry {

    /**
     * The name B the generated methods carry: {@code expire<B>In}, {@code is<B>Expired} and
     * {@code <b>TimeToExpiry}. By default it is derived from the field: its name without a
     * trailing {@code ExpiresAt} ({@code tokenExpiresAt} gives {@code token}), nothing for a
     * field named {@code expiresAt} ({@code expireIn}, {@code isExpired},
     * {@code timeToExpiry}), and the whole field name otherwise ({@code validUntil}).
     *
     * @return the name of the generated methods, or {@code ""} (the default) to derive it from
     *     the field
     */
    String name() default "";
}
