package io.github.touchstone.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The Java types a timestamp field may have, and how each one holds an instant. A field's kind
 * is fixed by the processor: the runtime converts a value by the kind of the field it was read
 * from, never by looking at the value.
 *
 * <p>Not API: generated code uses it, and it may change in any release.
 */
public enum TimeKind {
    /** {@code java.time.Instant}. */
    INSTANT('I'),
    /** {@code java.time.OffsetDateTime}, written at {@link ZoneOffset#UTC}. */
    OFFSET_DATE_TIME('O'),
    /** {@code java.time.ZonedDateTime}, written at {@link ZoneOffset#UTC}. */
    ZONED_DATE_TIME('Z'),
    /** {@code java.time.LocalDateTime}, the UTC wall time. */
    LOCAL_DATE_TIME('L'),
    /** {@code Long} epoch milliseconds. */
    EPOCH_MILLIS('M'),
    /** {@code Double} epoch seconds, fractional: read back to the microsecond, exact. */
    EPOCH_SECONDS('S');

    private final char code;

    TimeKind(char code) {
        this.code = code;
    }

    /**
     * The letter that stands for this kind in an {@link EntityShape}'s fields.
     *
     * @return {@code I}, {@code O}, {@code Z}, {@code L}, {@code M} or {@code S}
     */
    public char code() {
        return code;
    }

    /** The kind of a letter, or {@code null} for a letter that names no kind. */
    static TimeKind ofCode(char code) {
        for (TimeKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        return null;
    }


    /** A value of this kind holding {@code instant}, not {@code null}. */
    Object of(Instant instant) {
        return switch (this) {
            case INSTANT -> instant;
            case OFFSET_DATE_TIME -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            case ZONED_DATE_TIME -> ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
            case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            case EPOCH_MILLIS -> instant.toEpochMilli();
            case EPOCH_SECONDS -> TimeValues.epochSeconds(instant);
        };
    }

    /**
     * The instant a value of this kind denotes, {@code null} for {@code null}. A {@code Double}
     * holds only the nearest double of an instant, so it is rounded to {@code precision}, which
     * gives back exactly the instant that was written.
     */
    Instant instant(Object value, ChronoUnit precision) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case INSTANT -> (Instant) value;
            case OFFSET_DATE_TIME -> ((OffsetDateTime) value).toInstant();
            case ZONED_DATE_TIME -> ((ZonedDateTime) value).toInstant();
            case LOCAL_DATE_TIME -> ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
            case EPOCH_MILLIS -> Instant.ofEpochMilli((Long) value);
            // a double holds about 0.24 µs: it is read to the microsecond at the finest
            case EPOCH_SECONDS -> TimeValues.ofEpochSeconds((Double) value,
                    precision.compareTo(ChronoUnit.MICROS) < 0 ? ChronoUnit.MICROS : precision);
        };
    }

    /** The offset of a value of this kind from UTC, in seconds; {@code 0} for kinds without one. */
    int offsetSeconds(Object value) {
        return switch (this) {
            case OFFSET_DATE_TIME -> ((OffsetDateTime) value).getOffset().getTotalSeconds();
            case ZONED_DATE_TIME -> ((ZonedDateTime) value).getOffset().getTotalSeconds();
            default -> 0;
        };
    }

    /**
     * An instant as a field of this kind holds it: what reads back from the value written for it
     * (a {@code Long} whole milliseconds; a {@code Double} its nearest double, read to the
     * microsecond at the finest), so that one instant written into two fields reads back as one.
     */
    Instant held(Instant instant, ChronoUnit precision) {
        return switch (this) {
            case EPOCH_MILLIS -> TimeValues.asEpochMilli(instant);
            case EPOCH_SECONDS -> instant(of(instant), precision);
            default -> instant;
        };
    }
}
