package io.github.touchstone.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Expiry and change detection (issue 14) two ways, side by side: {@code <operation>_generated} (Touchstone's
 * generated {@code SubscriptionTimestamps} on {@code Clock.systemUTC()}) and {@code <operation>_handWritten}
 * ({@link HandWrittenChangeDetection}), on a {@link Subscription} with three features. Average time per call in
 * nanoseconds; run with {@code -prof gc} for bytes allocated per call.
 *
 * <ul>
 *   <li>{@code snapshot}: one snapshot of the tracked fields (a record and a copy of the list).</li>
 *   <li>{@code touchIfChangedUnchanged}: the snapshot is taken in setup; every call compares all five tracked
 *       fields, finds no change and touches nothing. After the snapshot the entity's {@code String},
 *       {@code BigDecimal} and list (and its elements) were replaced by equal but distinct objects, as after
 *       binding a form, so every {@code equals} compares contents rather than stopping at identity.</li>
 *   <li>{@code touchIfChangedChanged}: the same, except that before each call {@code seats} (the last field
 *       compared) is set to 11 or 12 alternately, while the snapshot holds 10 — the same field write in both
 *       variants. So every call compares all five fields, finds the change in the last one and touches
 *       ({@code updatedAt} = one clock read truncated to microseconds).</li>
 *   <li>{@code isExpired}: an entity that expires in 30 days; every call reads the clock and compares.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChangeDetectionBenchmark {
    private SubscriptionTimestamps generated;
    private HandWrittenChangeDetection handWritten;

    private Subscription subscription;
    private Subscription unchanged;
    private Subscription changed;
    private SubscriptionTimestamps.Snapshot generatedUnchangedSnapshot;
    private HandWrittenChangeDetection.Snapshot handWrittenUnchangedSnapshot;
    private SubscriptionTimestamps.Snapshot generatedChangedSnapshot;
    private HandWrittenChangeDetection.Snapshot handWrittenChangedSnapshot;

    /** Builds the helpers (each on the system UTC clock), the entities and the snapshots, and checks the premise. */
    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.systemUTC();
        generated = SubscriptionTimestamps.withClock(clock);
        handWritten = new HandWrittenChangeDetection(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        subscription = newSubscription(now);
        unchanged = newSubscription(now);
        generatedUnchangedSnapshot = generated.snapshot(unchanged);
        handWrittenUnchangedSnapshot = handWritten.snapshot(unchanged);
        rebindEqualValues(unchanged);
        changed = newSubscription(now);
        generatedChangedSnapshot = generated.snapshot(changed);
        handWrittenChangedSnapshot = handWritten.snapshot(changed);
        rebindEqualValues(changed);

        Subscription expired = newSubscription(now);
        expired.expiresAt = now.minusSeconds(1);
        boolean premise = !generated.touchIfChanged(unchanged, generatedUnchangedSnapshot)
                && !handWritten.touchIfChanged(unchanged, handWrittenUnchangedSnapshot)
                && !generated.isExpired(subscription) && !handWritten.isExpired(subscription)
                && generated.isExpired(expired) && handWritten.isExpired(expired)
                && generated.snapshot(subscription).features() != subscription.features
                && handWritten.snapshot(subscription).features() != subscription.features;
        changed.seats = 11;
        premise &= generated.touchIfChanged(changed, generatedChangedSnapshot)
                && handWritten.touchIfChanged(changed, handWrittenChangedSnapshot);
        changed.seats = 10;
        premise &= !generated.touchIfChanged(changed, generatedChangedSnapshot)
                && !handWritten.touchIfChanged(changed, handWrittenChangedSnapshot);
        if (!premise) {
            throw new IllegalStateException("the helpers disagree with the benchmark's premise");
        }
        // Long-lived entities, in the old generation from the start (see TimestampBenchmark.setUp).
        System.gc();
        System.gc();
    }

    private static Subscription newSubscription(Instant now) {
        Subscription s = new Subscription();
        s.plan = "team";
        s.monthlyPrice = new BigDecimal("49.90");
        s.features = new ArrayList<>(List.of("sso", "audit-log", "priority-support"));
        s.seats = 10;
        s.createdAt = now.minus(Duration.ofDays(1));
        s.updatedAt = s.createdAt;
        s.expiresAt = now.plus(Duration.ofDays(30));
        return s;
    }

    /** Replaces the String, the BigDecimal and the list (and its elements) by equal but distinct objects. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static void rebindEqualValues(Subscription s) {
        s.plan = new String(s.plan);
        s.monthlyPrice = new BigDecimal(s.monthlyPrice.toString());
        List<String> features = new ArrayList<>(s.features.size());
        for (String feature : s.features) {
            features.add(new String(feature));
        }
        s.features = features;
    }

    /** @return a snapshot of the subscription */
    @Benchmark
    public SubscriptionTimestamps.Snapshot snapshot_generated() {
        return generated.snapshot(subscription);
    }

    /** @return a snapshot of the subscription */
    @Benchmark
    public HandWrittenChangeDetection.Snapshot snapshot_handWritten() {
        return handWritten.snapshot(subscription);
    }

    /** @return {@code false}: nothing changed, nothing touched */
    @Benchmark
    public boolean touchIfChangedUnchanged_generated() {
        return generated.touchIfChanged(unchanged, generatedUnchangedSnapshot);
    }

    /** @return {@code false}: nothing changed, nothing touched */
    @Benchmark
    public boolean touchIfChangedUnchanged_handWritten() {
        return handWritten.touchIfChanged(unchanged, handWrittenUnchangedSnapshot);
    }

    // touchIfChangedChanged: seats alternates 11, 12 against the snapshot's 10, the same write in both variants.

    /** @return {@code true}: seats changed, the entity was touched */
    @Benchmark
    public boolean touchIfChangedChanged_generated() {
        Subscription s = changed;
        s.seats = s.seats == 11 ? 12 : 11;
        return generated.touchIfChanged(s, generatedChangedSnapshot);
    }

    /** @return {@code true}: seats changed, the entity was touched */
    @Benchmark
    public boolean touchIfChangedChanged_handWritten() {
        Subscription s = changed;
        s.seats = s.seats == 11 ? 12 : 11;
        return handWritten.touchIfChanged(s, handWrittenChangedSnapshot);
    }

    /** @return {@code false}: it expires in 30 days */
    @Benchmark
    public boolean isExpired_generated() {
        return generated.isExpired(subscription);
    }

    /** @return {@code false}: it expires in 30 days */
    @Benchmark
    public boolean isExpired_handWritten() {
        return handWritten.isExpired(subscription);
    }
}
