package io.github.touchstone.processor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Each row of the SPEC's "Supported timestamp field types", as a test sees it: how the type is
 * written in a source, and the value Touchstone must write for an instant ("now written as").
 */
enum TimeKind {
    INSTANT("java.time.Instant", Instant.class, i -> i, v -> (Instant) v),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", OffsetDateTime.class,
            i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC), v -> ((OffsetDateTime) v).toInstant()),
    ZONED_DATE_TIME("java.time.ZonedDateTime", ZonedDateTime.class,
            i -> ZonedDateTime.ofInstant(i, ZoneOffset.UTC), v -> ((ZonedDateTime) v).toInstant()),
    LOCAL_DATE_TIME("java.time.LocalDateTime", LocalDateTime.class,
            i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC), v -> ((LocalDateTime) v).toInstant(ZoneOffset.UTC)),
    EPOCH_MILLIS("Long", Long.class, Instant::toEpochMilli, v -> Instant.ofEpochMilli((Long) v)),
    EPOCH_SECONDS("Double", Double.class, TimeKind::nearestDouble, v -> exactInstant((Double) v));

    /** The type as a source declares a field of it. */
    final String source;
    /** The type of the field and of values read from it. */
    final Class<?> type;
    private final Function<Instant, Object> of;
    private final Function<Object, Instant> instant;

    TimeKind(String source, Class<?> type, Function<Instant, Object> of, Function<Object, Instant> instant) {
        this.source = source;
        this.type = type;
        this.of = of;
        this.instant = instant;
    }

    /**
     * The value of this type for {@code instant}, as the SPEC's table says it is written:
     * {@code OffsetDateTime}/{@code ZonedDateTime} at {@code ZoneOffset.UTC}, UTC wall time,
     * epoch milliseconds (truncated), or the double nearest to the exact epoch seconds.
     */
    Object of(Instant value) {
        return of.apply(value);
    }

    /** The instant a value of this type stands for; for a {@code Double}, its exact binary value, to the nanosecond. */
    Instant instant(Object value) {
        return instant.apply(value);
    }

    /** The finest unit a value of this type holds exactly. */
    ChronoUnit resolution() {
        return this == EPOCH_MILLIS ? ChronoUnit.MILLIS : ChronoUnit.NANOS;
    }

    /** Whether the validator checks values of this type for {@code NOT_UTC}. */
    boolean carriesOffset() {
        return this == OFFSET_DATE_TIME || this == ZONED_DATE_TIME;
    }

    /** The double nearest to the exact number of epoch seconds of {@code instant} (BigDecimal rounds once). */
    static double nearestDouble(Instant instant) {
        return new BigDecimal(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)).doubleValue();
    }

    /** The instant of a double of epoch seconds, rounded to the nearest nanosecond. */
    static Instant exactInstant(double epochSeconds) {
        BigDecimal nanos = new BigDecimal(epochSeconds).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000));
        return Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    }
}
