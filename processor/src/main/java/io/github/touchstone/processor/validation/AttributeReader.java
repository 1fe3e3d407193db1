package io.github.touchstone.processor.validation;

import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The attributes of {@code @Timestamped}: {@code precision} and {@code futureTolerance}. */
final class AttributeReader {

    /** The precisions a "now" may be truncated to. */
    static final Set<ChronoUnit> PRECISIONS = EnumSet.of(ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS,
            ChronoUnit.SECONDS);
    /** What an entity without {@code @Timestamped} uses. */
    static final ChronoUnit DEFAULT_PRECISION = ChronoUnit.MICROS;
    static final String DEFAULT_FUTURE_TOLERANCE = "PT5S";
    /** The longest tolerated skew into the future: beyond it the check would be meaningless. */
    private static final java.time.Duration MAX_FUTURE_TOLERANCE = java.time.Duration.ofDays(36_500);

    private final Mirrors mirrors;

    AttributeReader(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    ChronoUnit precision(EntityDeclaration entity) {
        if (entity.timestamped().isEmpty()) {
            return DEFAULT_PRECISION;
        }
        String precision = mirrors.enumConstant(entity.timestamped().get(), "precision");
        if (PRECISIONS.contains(ChronoUnit.valueOf(precision))) {
            return ChronoUnit.valueOf(precision);
        }
        reportOnOwn(entity, "precision", Message.BAD_PRECISION, precision, or(PRECISIONS));
        return DEFAULT_PRECISION;
    }

    String futureTolerance(EntityDeclaration entity) {
        if (entity.timestamped().isEmpty()) {
            return DEFAULT_FUTURE_TOLERANCE;
        }
        String tolerance = mirrors.string(entity.timestamped().get(), "futureTolerance");
        try {
            java.time.Duration parsed = java.time.Duration.parse(tolerance);
            if (parsed.isNegative()) {
                reportOnOwn(entity, "futureTolerance", Message.BAD_FUTURE_TOLERANCE, tolerance,
                        "is negative: a timestamp in the past is never in the future");
            } else if (parsed.compareTo(MAX_FUTURE_TOLERANCE) > 0) {
                reportOnOwn(entity, "futureTolerance", Message.BAD_FUTURE_TOLERANCE, tolerance,
                        "is longer than " + MAX_FUTURE_TOLERANCE.toDays() + " days: no timestamp would ever be in the future");
            }
        } catch (DateTimeParseException e) {
            reportOnOwn(entity, "futureTolerance", Message.BAD_FUTURE_TOLERANCE, tolerance,
                    "is not an ISO-8601 duration such as \"PT5S\" or \"PT0.5S\"");
        }
        return tolerance;
    }

    /** Attribute errors belong to the class that wrote them; a subclass only inherits them. */
    private static void reportOnOwn(EntityDeclaration entity, String member, Message message, Object... args) {
        if (entity.ownsTimestamped()) {
            entity.report().add(entity.type(), entity.timestamped().get(), member, message, args);
        }
    }

    /** {@code NANOS, MICROS, MILLIS or SECONDS}. */
    static String or(Set<ChronoUnit> units) {
        String all = units.stream().map(ChronoUnit::name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
