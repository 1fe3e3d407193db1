package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compile;
import static io.github.touchstone.processor.Compilations.compileAndLoad;
import static io.github.touchstone.processor.Compilations.compileAndLoadJpa;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bugs {@link RandomizedEntitiesTest} found, each pinned by a deterministic case: generated
 * code that did not compile, valid entities that failed their own validator, and two activity
 * timestamps that generated one method.
 */
class RandomizedFindingsTest {

    /** A clock reading whose nanoseconds a Double of epoch seconds rounds up (to ...998106956). */
    static final Instant NOW = Instant.parse("2029-02-26T02:20:47.998106931Z");

    // ---------------------------------------------------------------------------------------
    // generated code that did not compile
    // ---------------------------------------------------------------------------------------

    /**
     * The validator read {@code clock.instant()} and {@code FUTURE_TOLERANCE} by simple name,
     * which the entity parameter of an entity named {@code Clock}, or the local of a field named
     * {@code clock} or {@code FUTURE_TOLERANCE}, hid.
     */
    @Test
    void namesThatHideTheValidatorsOwnMembers() {
        GeneratedClasses classes = compileAndLoad(
                Compilations.source("com.acme.Clock", """
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        @Timestamped
                        public class Clock {
                            Instant createdAt;
                            Instant updatedAt;
                        }
                        """),
                Compilations.source("com.acme.Meter", """
                        package com.acme;

                        import io.github.touchstone.ActivityTimestamp;
                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        @Timestamped
                        public class Meter {
                            Instant createdAt;
                            Instant updatedAt;
                            @ActivityTimestamp Instant clock;
                            @ActivityTimestamp Instant FUTURE_TOLERANCE;
                        }
                        """));
        for (String type : List.of("com.acme.Clock", "com.acme.Meter")) {
            Object entity = call(classes.timestamps(type, NOW), "onCreate", classes.create(type));
            assertEquals(List.of(), classes.validator(type, NOW).validate(entity), type);
            set(entity, "createdAt", NOW.plusSeconds(60));
            assertEquals(List.of("createdAt IN_FUTURE", "updatedAt BEFORE_CREATED_AT"),
                    describe(classes.validator(type, NOW).validate(entity)), type);
        }
    }

    /**
     * java.lang types are written by simple name in generated code, and a class of the entity's
     * package named {@code Override} or {@code Math} hid them.
     */
    @ParameterizedTest(name = "a class {0} in the package")
    @ValueSource(strings = {"Override", "Math", "Long", "Integer", "Double", "String"})
    void aClassOfThePackageNamedLikeAJavaLangType(String name) {
        GeneratedClasses classes = compileAndLoad(
                Compilations.source("com.acme." + name, """
                        package com.acme;

                        /** Someone's own class, named like a java.lang type. */
                        public class %s {
                        }
                        """.formatted(name)),
                Compilations.source("com.acme.Job", """
                        package com.acme;

                        import io.github.touchstone.ActivityTimestamp;
                        import io.github.touchstone.CreatedAt;
                        import io.github.touchstone.Duration;
                        import io.github.touchstone.Timestamped;
                        import io.github.touchstone.UpdatedAt;

                        @Timestamped
                        @SuppressWarnings("touchstone") // Double beside Long on purpose
                        public class Job {
                            @CreatedAt java.lang.Double created;
                            @UpdatedAt java.lang.Long modified;
                            @ActivityTimestamp java.lang.Double finishedAt;
                            @Duration(start = "created", end = "finishedAt") java.lang.Integer runMs;
                        }
                        """));
        Object job = call(classes.timestamps("com.acme.Job", NOW), "onCreate", classes.create("com.acme.Job"));
        Instant later = NOW.plusSeconds(90);
        call(classes.timestamps("com.acme.Job", later), "completeRunMs", job);
        assertEquals(90_000, get(job, "runMs"));
        assertEquals(List.of(), classes.validator("com.acme.Job", later).validate(job));
    }

    /** The JPA listener's callbacks named the listener's fields, which an entity named {@code Validator} hid. */
    @ParameterizedTest(name = "a JPA entity named {0}")
    @ValueSource(strings = {"Validator", "Timestamps"})
    void jpaEntityNamedLikeTheListenersFields(String name) {
        GeneratedClasses classes = compileAndLoadJpa(Compilations.source("com.acme." + name, """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import java.time.Instant;

                @Entity
                @Timestamped
                @SuppressWarnings("touchstone") // TS210, TS211: the listener's field names are what this is about
                public class %s {
                    @Column(updatable = false) Instant createdAt;
                    Instant updatedAt;
                }
                """.formatted(name)));
        Object listener;
        try {
            listener = classes.type("com.acme." + name + "Timestamps").getConstructor(Clock.class)
                    .newInstance(Clock.fixed(NOW, ZoneOffset.UTC));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        Object entity = classes.create("com.acme." + name);
        call(listener, "prePersist", entity);
        assertEquals(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS), get(entity, "createdAt"));
    }

    // ---------------------------------------------------------------------------------------
    // valid entities that failed their own validator
    // ---------------------------------------------------------------------------------------

    static final String MIXED = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            @Duration(name = "untilSeen", start = "createdAt", end = "seenAt")
            @SuppressWarnings("touchstone") // mixed types on purpose
            public class Device {
                Instant createdAt;
                Long updatedAt;
                @ActivityTimestamp Long seenAt;
                @ActivityTimestamp Double pingedAt;
            }
            """;

    /**
     * {@code updatedAt} of epoch milliseconds, set by onCreate to the microsecond {@code createdAt},
     * lost the microseconds and was reported BEFORE_CREATED_AT (an activity and a duration's end
     * likewise): a coarser type is compared at its own resolution.
     */
    @Test
    void aCoarserTimestampWrittenAtTheSameInstantIsNotEarlier() {
        GeneratedClasses classes = compileAndLoad(Compilations.source("com.acme.Device", MIXED));
        Object helper = classes.timestamps("com.acme.Device", NOW);
        Object device = call(helper, "onCreate", classes.create("com.acme.Device"));
        call(helper, "markSeenAt", device);
        call(helper, "markPingedAt", device);
        // onCreate writes one instant into createdAt and a Long updatedAt: as the Long holds it
        assertEquals(NOW.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), get(device, "createdAt"));
        assertEquals(NOW.toEpochMilli(), get(device, "updatedAt"));
        assertEquals(List.of(), classes.validator("com.acme.Device", NOW).validate(device));

        // a millisecond earlier is still earlier
        set(device, "updatedAt", NOW.toEpochMilli() - 1);
        set(device, "seenAt", NOW.toEpochMilli() - 1);
        assertEquals(List.of("updatedAt BEFORE_CREATED_AT", "seenAt BEFORE_CREATED_AT", "seenAt END_BEFORE_START"),
                describe(classes.validator("com.acme.Device", NOW).validate(device)));
    }

    static final String EPOCH_SECONDS = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.time.temporal.ChronoUnit;

            @Timestamped(precision = ChronoUnit.NANOS, futureTolerance = "PT0S")
            @SuppressWarnings("touchstone") // an Instant beside Doubles on purpose
            public class Connection {
                Double createdAt;
                Double updatedAt;
                @ActivityTimestamp Instant seenAt;
            }
            """;

    /**
     * At NANOS precision a Double keeps the nearest double of now, which can be later than now:
     * with {@code futureTolerance = "PT0S"} it was IN_FUTURE of the clock it was read from, and
     * an Instant activity marked at the same instant was BEFORE_CREATED_AT.
     */
    @Test
    void aDoubleAtNanosPrecisionIsNotInTheFutureOfItsOwnClock() {
        GeneratedClasses classes = compileAndLoad(Compilations.source("com.acme.Connection", EPOCH_SECONDS));
        Object helper = classes.timestamps("com.acme.Connection", NOW);
        Object connection = call(helper, "onCreate", classes.create("com.acme.Connection"));
        call(helper, "markSeenAt", connection);
        double created = (Double) get(connection, "createdAt");
        assertNotNull(created);
        assertEquals(List.of(), classes.validator("com.acme.Connection", NOW).validate(connection));

        set(connection, "createdAt", created + 0.001);
        assertEquals(List.of("createdAt IN_FUTURE", "updatedAt BEFORE_CREATED_AT", "seenAt BEFORE_CREATED_AT"),
                describe(classes.validator("com.acme.Connection", NOW).validate(connection)));
    }

    /**
     * A Double {@code updatedAt} that onCreate set from a Long {@code createdAt} of
     * ...43.432 holds the nearest double, ...43.431999922 at NANOS precision: compared as
     * milliseconds it was a millisecond BEFORE_CREATED_AT.
     */
    @Test
    void aDoubleCopiedFromMillisecondsIsNotEarlier() {
        GeneratedClasses classes = compileAndLoad(Compilations.source("com.acme.Reading", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.temporal.ChronoUnit;

                @Timestamped(precision = ChronoUnit.NANOS)
                @SuppressWarnings("touchstone") // Long beside Double on purpose
                public class Reading {
                    Long createdAt;
                    Double updatedAt;
                }
                """));
        Instant now = Instant.parse("2023-09-02T08:56:43.432396143Z");
        Object reading = call(classes.timestamps("com.acme.Reading", now), "onCreate", classes.create("com.acme.Reading"));
        assertEquals(now.toEpochMilli(), get(reading, "createdAt"));
        assertEquals(List.of(), classes.validator("com.acme.Reading", now).validate(reading));

        set(reading, "updatedAt", (now.toEpochMilli() - 1) / 1000.0);
        assertEquals(List.of("updatedAt BEFORE_CREATED_AT"),
                describe(classes.validator("com.acme.Reading", now).validate(reading)));
    }

    // ---------------------------------------------------------------------------------------
    // TS109: two activity timestamps, one mark method
    // ---------------------------------------------------------------------------------------

    /** Activities {@code pingedAt} and {@code PingedAt} both generated {@code markPingedAt}: a javac error in generated code. */
    @Test
    void ts109ActivityTimestampsThatGenerateOneMarkMethod() {
        TestSource device = TestSource.of("com.acme.Device", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import java.time.Instant;

                public class Device {
                    @ActivityTimestamp Instant pingedAt;
                    String name;
                    @ActivityTimestamp(once = true) Instant PingedAt;
                }
                """);
        Compilation compilation = compile(device.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[TS109] @ActivityTimestamp fields pingedAt and PingedAt would both generate the method markPingedAt")
                .inFile(device.file()).onLine(device.line("Instant PingedAt")).atColumn(device.column("Instant PingedAt", "@"));
        compileAndLoad(device.with("Instant PingedAt", "Instant firstPingedAt").file());
    }

    private static List<String> describe(List<TimestampViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).toList();
    }
}
