package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.touchstone.TimestampValidator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every precision with every timestamp type: what onCreate, touch, a mark and complete write
 * from a clock with full nanoseconds survives a column of that precision, because it equals
 * its own truncation to it. A {@code Double} holds about 0.24 µs: from {@code MICROS} up it
 * reads back exactly, below that it is the nearest double, and the generated code reads it
 * back the same way everywhere, so that the validator finds nothing wrong with it.
 */
class PrecisionRoundTripTest {

    static final Instant NOW_FULL = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant START = Instant.parse("2026-03-01T09:59:00Z");
    static final List<ChronoUnit> PRECISIONS = List.of(ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS,
            ChronoUnit.SECONDS);

    static final String AGENT = """
            package %s;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.temporal.ChronoUnit;

            @Timestamped(precision = ChronoUnit.%s)
            @SuppressWarnings("touchstone") // LocalDateTime
            public class Agent {
                %3$s createdAt;
                %3$s updatedAt;
                @ActivityTimestamp %3$s lastActiveAt;
                %3$s startTime;
                %3$s endTime;
                @Duration(start = "startTime", end = "endTime", unit = ChronoUnit.NANOS) Long runNanos;
            }
            """;

    private static GeneratedClasses classes;

    /** {@code p.micros.epoch_seconds}: the package of the entity for one precision and type. */
    private static String packageOf(ChronoUnit precision, TimeKind kind) {
        return "p." + precision.name().toLowerCase(Locale.ROOT) + "." + kind.name().toLowerCase(Locale.ROOT);
    }

    @BeforeAll
    static void compileAll() {
        classes = Compilations.compileAndLoad(PRECISIONS.stream()
                .flatMap(p -> Stream.of(TimeKind.values()).map(k -> Compilations.source(packageOf(p, k) + ".Agent",
                        AGENT.formatted(packageOf(p, k), p.name(), k.source))))
                .toArray(JavaFileObject[]::new));
    }

    static Stream<Arguments> combinations() {
        return PRECISIONS.stream().flatMap(p -> Stream.of(TimeKind.values()).map(k -> arguments(p, k)));
    }

    /** The coarser of two units. */
    private static ChronoUnit coarser(ChronoUnit a, ChronoUnit b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code instant} rounded (half up) to {@code unit}, as a Double is read back. */
    private static Instant round(Instant instant, ChronoUnit unit) {
        return instant.plus(unit.getDuration().dividedBy(2)).truncatedTo(unit);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void writtenValuesSurviveAColumnOfThePrecision(ChronoUnit precision, TimeKind kind) {
        String entity = packageOf(precision, kind) + ".Agent";
        Object helper = classes.timestamps(entity, NOW_FULL);
        Object agent = classes.create(entity);
        set(agent, "startTime", kind.of(START));
        call(helper, "onCreate", agent);
        call(helper, "touch", agent);
        call(helper, "markLastActiveAt", agent);
        call(helper, "completeRunNanos", agent);

        Instant truncated = NOW_FULL.truncatedTo(precision);
        for (String field : List.of("createdAt", "updatedAt", "lastActiveAt", "endTime")) {
            Object value = get(agent, field);
            Instant written = kind.instant(value);
            if (kind == TimeKind.EPOCH_SECONDS) {
                assertEquals(TimeKind.nearestDouble(truncated), value, field + ": the nearest double");
                assertTrue(Duration.between(truncated, written).abs().compareTo(Duration.ofNanos(1_000)) < 0,
                        field + " within 1 µs: " + written);
                if (precision != ChronoUnit.NANOS) {
                    assertEquals(truncated, round(written, precision), field + " reads back exactly");
                } else {
                    assertNotEquals(truncated, written, "a double cannot hold this nanosecond");
                }
            } else {
                assertEquals(written.truncatedTo(precision), written, field + " equals its own truncation");
                assertEquals(NOW_FULL.truncatedTo(coarser(precision, kind.resolution())), written, field);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void theGeneratedCodeReadsBackWhatItWrote(ChronoUnit precision, TimeKind kind) {
        String entity = packageOf(precision, kind) + ".Agent";
        TickingClock clock = new TickingClock(NOW_FULL, Duration.ofNanos(1));
        Object helper = classes.timestamps(entity, clock);
        Object agent = classes.create(entity);
        set(agent, "startTime", kind.of(START));
        call(helper, "onCreate", agent);
        call(helper, "touch", agent);
        call(helper, "markLastActiveAt", agent);
        call(helper, "completeRunNanos", agent);

        TimestampValidator<Object> validator = classes.validator(entity, NOW_FULL);
        assertEquals(List.of(), validator.validate(agent), "in order, not in the future, the stored duration matches");

        Object fixed = classes.timestamps(entity, NOW_FULL);
        Duration age = ((Optional<?>) call(fixed, "age", agent)).map(Duration.class::cast).orElseThrow();
        Duration expected = kind.resolution().compareTo(precision) > 0
                ? Duration.between(NOW_FULL.truncatedTo(kind.resolution()), NOW_FULL.truncatedTo(precision))
                : Duration.ZERO;
        if (kind == TimeKind.EPOCH_SECONDS && precision == ChronoUnit.NANOS) {
            assertTrue(age.abs().compareTo(Duration.ofNanos(1_000)) < 0, "the nearest double, within 1 µs: " + age);
        } else {
            assertEquals(expected, age, "createdAt reads back as the instant it was written at");
        }
    }
}
