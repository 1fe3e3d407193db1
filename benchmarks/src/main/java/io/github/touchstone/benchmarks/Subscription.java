package io.github.touchstone.benchmarks;

import io.github.touchstone.Expiry;
import io.github.touchstone.Timestamped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the expiry and change-detection benchmarks use it: four tracked fields of the usual kinds
 * (a {@code String}, a {@code BigDecimal}, a {@code List<String>}, an {@code int}), created/updated timestamps
 * and an {@code @Expiry} instant (tracked too: it is data). Touchstone generates {@code SubscriptionTimestamps}
 * with a nested {@code Snapshot} record, {@code snapshot}, {@code changedSince}, {@code touchIfChanged},
 * {@code expireIn}, {@code isExpired} and {@code timeToExpiry}.
 *
 * <p>The tracked fields are compared in declaration order; {@code seats} comes last, so a benchmark that changes
 * only {@code seats} pays for every comparison before it finds the change.
 */
@Timestamped(trackChanges = true)
public class Subscription {
    String plan;
    BigDecimal monthlyPrice;
    List<String> features;
    Instant createdAt;
    Instant updatedAt;
    @Expiry
    Instant expiresAt;
    int seats;

    /** Creates a subscription with nothing set. */
    public Subscription() {
    }
}
