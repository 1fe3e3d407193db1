package io.github.touchstone.processor.model;

import java.util.List;

/**
 * An {@code @Expiry} field: a timestamp in the future by design, written by
 * {@code expire<B>In} and never checked for being in the future.
 *
 * @param field the timestamp
 * @param baseName the name B of the generated methods, empty for {@code expireIn},
 *     {@code isExpired} and {@code timeToExpiry}; see {@link Names#expiryBaseName}
 */
public record Expiry(TimestampField field, String baseName) {

    /** The methods the helper generates for this expiry. */
    public List<String> methods() {
        return Names.expiryMethods(baseName);
    }
}
