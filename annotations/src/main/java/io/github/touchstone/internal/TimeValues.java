package io.github.touchstone.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instant arithmetic the runtime shares: truncation, epoch numbers, amounts of a unit. */
final class TimeValues {

    private TimeValues() {
    }

    /** The instant of {@code epochSeconds}, rounded to {@code precision} (at most a second). */
    static Instant ofEpochSeconds(double epochSeconds, ChronoUnit precision) {
        long seconds = (long) Math.floor(epochSeconds);
        long unitNanos = precision.getDuration().toNanos();
        long nanos = Math.round((epochSeconds - seconds) * (1e9 / unitNanos)) * unitNanos;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** An instant as a {@code Long} of epoch milliseconds holds it: truncated to the millisecond. */
    static Instant asEpochMilli(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    /** An instant as a {@code Double} of epoch seconds. */
    static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** {@code instant} truncated to {@code unitNanos}, a divisor of a second (1 leaves it as is). */
    static Instant truncate(Instant instant, long unitNanos) {
        if (unitNanos == 1) {
            return instant;
        }
        int nano = instant.getNano();
        return Instant.ofEpochSecond(instant.getEpochSecond(), nano - nano % unitNanos);
    }

    /**
     * {@code end - start} in {@code unit}, truncated. Through {@link Duration}, because
     * {@code ChronoUnit.MILLIS.between} truncates each end first on JDK 17 and the difference on
     * later JDKs: a stored value must not depend on the JDK.
     */
    static long amount(Duration duration, ChronoUnit unit) {
        return switch (unit) {
            case NANOS -> duration.toNanos();
            case MICROS -> duration.toNanos() / 1000;
            case MILLIS -> duration.toMillis();
            case SECONDS -> duration.toSeconds();
            case MINUTES -> duration.toMinutes();
            case HOURS -> duration.toHours();
            case HALF_DAYS -> duration.toHours() / 12;
            case DAYS -> duration.toDays();
            default -> throw new IllegalArgumentException("not a duration unit: " + unit);
        };
    }
}
