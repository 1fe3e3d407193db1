package io.github.touchstone.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a careful developer writes by hand for {@link Subscription}: the same contract as the generated
 * {@code SubscriptionTimestamps}' change detection and expiry (a snapshot record holding a copy of the list,
 * {@code Objects.equals} comparisons in the same order, one clock read truncated to microseconds), with nothing
 * generic in the way. Kept apart from {@link HandWrittenTimestamps}, which is the {@link Agent} side.
 */
public final class HandWrittenChangeDetection {
    private final Clock clock;

    /**
     * The tracked fields of a {@link Subscription} at one moment; {@code features} is a copy.
     *
     * @param plan the plan
     * @param monthlyPrice the monthly price
     * @param features a copy of the features, or {@code null}
     * @param expiresAt the expiry
     * @param seats the seats
     */
    public record Snapshot(String plan, BigDecimal monthlyPrice, List<String> features, Instant expiresAt,
            int seats) {
    }

    /**
     * Creates the helper.
     *
     * @param clock where now is read from
     */
    public HandWrittenChangeDetection(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Takes a snapshot of the tracked fields.
     *
     * @param s the subscription
     * @return the snapshot, with a copy of the features
     */
    public Snapshot snapshot(Subscription s) {
        Objects.requireNonNull(s, "subscription");
        List<String> features = s.features;
        return new Snapshot(s.plan, s.monthlyPrice, features == null ? null : new ArrayList<>(features),
                s.expiresAt, s.seats);
    }

    /**
     * Sets {@code updatedAt} to now if a tracked field differs from {@code before}.
     *
     * @param s the subscription
     * @param before a snapshot of it
     * @return whether it changed (and was touched)
     */
    public boolean touchIfChanged(Subscription s, Snapshot before) {
        Objects.requireNonNull(s, "subscription");
        Objects.requireNonNull(before, "before");
        if (Objects.equals(s.plan, before.plan())
                && Objects.equals(s.monthlyPrice, before.monthlyPrice())
                && Objects.equals(s.features, before.features())
                && Objects.equals(s.expiresAt, before.expiresAt())
                && s.seats == before.seats()) {
            return false;
        }
        s.updatedAt = now();
        return true;
    }

    /**
     * Returns whether {@code expiresAt} has passed: now is at or after it; never for {@code null}.
     *
     * @param s the subscription
     * @return whether it expired
     */
    public boolean isExpired(Subscription s) {
        Objects.requireNonNull(s, "subscription");
        Instant expiresAt = s.expiresAt;
        return expiresAt != null && !now().isBefore(expiresAt);
    }
}
