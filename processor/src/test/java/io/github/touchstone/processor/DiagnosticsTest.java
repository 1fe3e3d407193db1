package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.touchstone.processor.validation.Message;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@link Message} the processor can produce, under javac and under ECJ: a realistic
 * wrong source, the message (its code and the parts a user acts on), the file, line and column
 * it is reported on, and the fixed source compiling clean (under javac with {@code -Xlint:all
 * -Werror}).
 *
 * <p>Positions are given by a marker that occurs on exactly one line of the source ("on the
 * line of {@code Date createdAt}, at {@code createdAt}") and the kind of target the processor
 * reports on: a field, a type, an annotation or an annotation value. Where javac and ECJ point
 * for each kind is in {@link TestSource.Target}'s factories.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class DiagnosticsTest {

    @Parameter
    Compiler compiler;

    // ---------------------------------------------------------------------------------------
    // TS101..TS104: the annotated class itself
    // ---------------------------------------------------------------------------------------

    static final String SHAPE = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public %s {
            }
            """;

    @ParameterizedTest(name = "TS101: @Timestamped on {1}")
    @CsvSource(delimiter = '|', value = {
        "interface Agent   | interface",
        "enum Agent        | enum",
        "@interface Agent  | annotation type",
    })
    void ts101TimestampedOnSomethingOtherThanAClass(String declaration, String kind) {
        TestSource agent = TestSource.of("com.acme.Agent", SHAPE.formatted(declaration));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS101] @Timestamped applies to classes and records, not to " + kind + " Agent",
                agent.annotation("@Timestamped"));
        compiler.assertCompilesClean(agent.with(declaration, "record Agent(Instant createdAt, Instant updatedAt)"));
    }

    @Test
    void ts101MemberAnnotationInAnEnum() {
        TestSource status = TestSource.of("com.acme.Status", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import java.time.Instant;

                public enum Status {
                    ACTIVE, RETIRED;

                    @ActivityTimestamp Instant lastSeenAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(status);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS101] @ActivityTimestamp applies to classes and records, not to enum Status",
                status.type("enum Status"));
        compiler.assertCompilesClean(status.with("public enum Status {\n    ACTIVE, RETIRED;\n",
                "public class Status {\n"));
    }

    @Test
    void ts102TimestampedOnALocalClass() {
        assumeTrue(compiler == Compiler.JAVAC, "ECJ hands processors neither local classes nor their trees:"
                + " TS102 is reported under javac only");
        // javac does not hand local (or anonymous) classes to processors: a task listener finds
        // them in the attributed trees.
        TestSource factory = TestSource.of("com.acme.AgentFactory", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                public class AgentFactory {
                    Object create() {
                        @Timestamped
                        class Agent {
                            Instant createdAt;
                            Instant updatedAt;
                        }
                        return new Agent();
                    }
                }
                """);
        Diagnostics diagnostics = compiler.compile(factory);

        diagnostics.assertFailed();
        diagnostics.assertError("[TS102] Agent is a local or anonymous class", factory.annotation("@Timestamped"));
    }

    static Stream<Arguments> ts103PrivateClasses() {
        return Stream.of(
                // the entity Outer.Agent, the private declaration, the message
                arguments("""
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        public class Outer {
                            @Timestamped
                            private static class Agent {
                                Instant createdAt;
                                Instant updatedAt;
                            }
                        }
                        """, "private static class Agent",
                        "[TS103] Agent is private: the generated helper in its package could not use it"),
                arguments("""
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        public class Outer {
                            private static class Inner {
                                @Timestamped
                                static class Agent {
                                    Instant createdAt;
                                    Instant updatedAt;
                                }
                            }
                        }
                        """, "private static class Inner",
                        "[TS103] Agent is private (nested in private Inner): the generated helper in its package"
                                + " could not use it"));
    }

    @ParameterizedTest(name = "TS103: {1}")
    @MethodSource
    void ts103PrivateClasses(String code, String declaration, String message) {
        TestSource outer = TestSource.of("com.acme.Outer", code);
        Diagnostics diagnostics = compiler.compile(outer);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError(message, outer.annotation("@Timestamped"));
        compiler.assertCompilesClean(outer.with(declaration, declaration.replace("private ", "")));
    }

    @ParameterizedTest(name = "TS104: a user type {0} exists")
    @ValueSource(strings = {"AgentTimestamps", "AgentTimestamps"})
    void ts104GeneratedNameTaken(String taken) {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("Instant createdAt;"));
        TestSource existing = TestSource.of("com.acme." + taken, """
                package com.acme;

                /** Hand-written, before Touchstone was added. */
                public class %s {
                }
                """.formatted(taken));
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, agent, existing);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS104] cannot generate com.acme." + taken
                + ": a type with that name already exists in the compilation", agent.type("class Agent"));
        assertEquals(Set.of(), processor.createdSources(), "neither helper is written");
        compiler.assertCompilesClean(agent,
                TestSource.of("com.acme.AgentClock", existing.code().replace(taken, "AgentClock")));
    }

    @Test
    void ts104TwoEntitiesWantTheSameGeneratedName() {
        TestSource outer = TestSource.of("com.acme.Outer", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                public class Outer {
                    @Timestamped
                    public static class Inner {
                        Instant createdAt;
                        Instant updatedAt;
                    }
                }
                """);
        TestSource outerInner = TestSource.of("com.acme.Outer_Inner", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Outer_Inner"));
        Diagnostics diagnostics = compiler.compile(outer, outerInner);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        // which of the two entities gets the error is for the fix to decide: no file or line here
        diagnostics.assertErrorContaining("[TS104] cannot generate com.acme.Outer_InnerTimestamps");
    }

    // ---------------------------------------------------------------------------------------
    // TS105..TS108: createdAt, updatedAt and the marks
    // ---------------------------------------------------------------------------------------

    @Test
    void ts105MissingCreatedAtSuggestsCreationTime() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Agent {
                    String name;
                    Instant creationTime;
                    Instant updatedAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        // Only creationTime: updatedAt is taken by the other slot and name is no time.
        assertEquals(List.of("[TS105] @Timestamped Agent has no createdAt field; did you mean creationTime?"
                + " Mark it @CreatedAt."), diagnostics.errors());
        diagnostics.assertError("[TS105] @Timestamped Agent has no createdAt field", agent.annotation("@Timestamped"));
        compiler.assertCompilesClean(agent.with("Instant creationTime;", "@CreatedAt Instant creationTime;"));
    }

    @Test
    void ts105BothMissingAreReportedWithSuggestions() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.UpdatedAt;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Agent {
                    String name;
                    Instant createdOn;
                    Instant updatedOn;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        assertEquals(List.of(
                "[TS105] @Timestamped Agent has no createdAt field; did you mean createdOn or updatedOn? Mark it @CreatedAt.",
                "[TS105] @Timestamped Agent has no updatedAt field; did you mean updatedOn or createdOn? Mark it @UpdatedAt."),
                diagnostics.errors());
        diagnostics.assertError("did you mean createdOn", agent.annotation("@Timestamped"));
        diagnostics.assertError("did you mean updatedOn", agent.annotation("@Timestamped"));
        compiler.assertCompilesClean(agent.with(
                "Instant createdOn;", "@CreatedAt Instant createdOn;",
                "Instant updatedOn;", "@UpdatedAt Instant updatedOn;"));
    }

    @Test
    void ts105WithoutATemporalFieldSuggestsNothing() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Agent {
                    String name;
                    Instant createdAt;
                    @ActivityTimestamp Instant lastActiveAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        // lastActiveAt is already an activity timestamp, createdAt the other slot.
        assertEquals(List.of("[TS105] @Timestamped Agent has no updatedAt field"), diagnostics.errors());
        diagnostics.assertError("[TS105] @Timestamped Agent has no updatedAt field", agent.annotation("@Timestamped"));
        compiler.assertCompilesClean(agent.with("String name;", "Instant updatedAt;"));
    }

    @Test
    void ts106TwoFieldsMarkedForOneSlot() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.Timestamped;
                import io.github.touchstone.UpdatedAt;
                import java.time.Instant;

                @Timestamped
                public class Agent {
                    @CreatedAt Instant created;
                    @CreatedAt Instant registered;
                    @UpdatedAt Instant modified;
                    @UpdatedAt Instant synced;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(2);
        diagnostics.assertError("[TS106] both created and registered are marked @CreatedAt; an entity has one",
                agent.annotation("Instant registered;", "@CreatedAt"));
        diagnostics.assertError("[TS106] both modified and synced are marked @UpdatedAt; an entity has one",
                agent.annotation("Instant synced;", "@UpdatedAt"));
        compiler.assertCompilesClean(agent.with(
                "@CreatedAt Instant registered;", "Instant registered;",
                "@UpdatedAt Instant synced;", "Instant synced;"));
    }

    @Test
    void ts107MarksInAClassThatIsNotTimestamped() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.UpdatedAt;
                import java.time.Instant;

                public class Agent {
                    @CreatedAt Instant registered;
                    @UpdatedAt Instant modified;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(2);
        diagnostics.assertError("[TS107] @CreatedAt on registered, but Agent is not @Timestamped: nothing would set it",
                agent.annotation("Instant registered;", "@CreatedAt"));
        diagnostics.assertError("[TS107] @UpdatedAt on modified, but Agent is not @Timestamped: nothing would set it",
                agent.annotation("Instant modified;", "@UpdatedAt"));
        compiler.assertCompilesClean(agent.with(
                "import java.time.Instant;\n", "import io.github.touchstone.Timestamped;\nimport java.time.Instant;\n",
                "public class Agent", "@Timestamped\npublic class Agent"));
        // ... or keep the marks in an abstract base class for annotated subclasses
        compiler.assertCompilesClean(agent.with("public class Agent", "public abstract class Agent"));
    }

    @Test
    void ts108TouchesUpdatedAtWithoutUpdatedAt() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import java.time.Instant;

                public class Agent {
                    @ActivityTimestamp(touchesUpdatedAt = true)
                    Instant lastActiveAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS108] touchesUpdatedAt = true on lastActiveAt, but Agent has no updatedAt",
                agent.value("touchesUpdatedAt = true"));
        compiler.assertCompilesClean(agent.with("(touchesUpdatedAt = true)", ""));
        compiler.assertCompilesClean(agent.with(
                "import java.time.Instant;\n", "import io.github.touchstone.Timestamped;\nimport java.time.Instant;\n",
                "public class Agent {\n", "@Timestamped\npublic class Agent {\n    Instant createdAt;\n    Instant updatedAt;\n"));
    }

    // ---------------------------------------------------------------------------------------
    // TS201..TS205: a timestamp field the helper cannot use
    // ---------------------------------------------------------------------------------------

    /** An entity whose createdAt declaration (and accessors) is {@code %s}. */
    static final String AGENT = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public class Agent {
                %s
                Instant updatedAt;
                @ActivityTimestamp Instant lastActiveAt;
            }
            """;

    static final String GETTER = "\n    public Instant getCreatedAt() { return createdAt; }";
    static final String SETTER = "\n    public void setCreatedAt(Instant value) { this.createdAt = value; }";

    static Stream<Arguments> badTimestampFields() {
        return Stream.of(
                // code, wrong declaration, fixed declaration, the start of the wrong line, message
                arguments("TS201", "java.util.Date createdAt;", "Instant createdAt;", "Date createdAt",
                        "[TS201] createdAt has type java.util.Date, which is not a supported timestamp type;"
                                + " use one of java.time.Instant, java.time.OffsetDateTime"),
                arguments("TS201", "String createdAt;", "Instant createdAt;", "String createdAt",
                        "[TS201] createdAt has type java.lang.String, which is not a supported timestamp type"),
                arguments("TS202", "long createdAt;", "Instant createdAt;", "long createdAt",
                        "[TS202] createdAt has primitive type long, which cannot say \"unknown\" without inventing 1970;"
                                + " use Long (epoch milliseconds) or Instant"),
                arguments("TS202", "double createdAt;", "Instant createdAt;", "double createdAt",
                        "[TS202] createdAt has primitive type double, which cannot say \"unknown\" without inventing 1970;"
                                + " use Double (epoch seconds) or Instant"),
                arguments("TS203", "static Instant createdAt;", "Instant createdAt;", "static Instant createdAt",
                        "[TS203] createdAt is static; a timestamp belongs to each entity"),
                arguments("TS204", "final Instant createdAt = Instant.EPOCH;", "Instant createdAt;",
                        "final Instant createdAt",
                        "[TS204] createdAt is final and Agent has no wither Agent withCreatedAt(Instant) that the"
                                + " generated helper can call, so it could not set it"),
                arguments("TS205", "private Instant createdAt;", "private Instant createdAt;" + GETTER + SETTER,
                        "private Instant createdAt",
                        "[TS205] createdAt is private and Agent has no getter getCreatedAt() and setter"
                                + " setCreatedAt(Instant) that the generated helper in package com.acme can call"),
                arguments("TS205", "private Instant createdAt;" + GETTER, "private Instant createdAt;" + GETTER + SETTER,
                        "private Instant createdAt",
                        "[TS205] createdAt is private and Agent has no setter setCreatedAt(Instant) that the"
                                + " generated helper in package com.acme can call"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void badTimestampFields(String code, String wrong, String fixed, String line, String message) {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted(wrong));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError(message, agent.field(line, "createdAt"));
        compiler.assertCompilesClean(agent.with(wrong, fixed));
    }

    @Test
    void ts201And202OnAnActivityTimestampAndARecordComponent() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public record Agent(String name,
                                    Instant createdAt,
                                    long updatedAt,
                                    @ActivityTimestamp java.sql.Timestamp lastActiveAt) {
                }
                """);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(2);
        diagnostics.assertError("[TS202] updatedAt has primitive type long",
                agent.field("long updatedAt", "updatedAt"));
        diagnostics.assertError("[TS201] lastActiveAt has type java.sql.Timestamp",
                agent.field("java.sql.Timestamp lastActiveAt", "lastActiveAt"));
        // final record components are fine
        compiler.assertCompilesClean(
                agent.with("long updatedAt", "Instant updatedAt", "java.sql.Timestamp", "Instant"));
    }

    @ParameterizedTest(name = "TS205: {0} fields in a superclass of another package")
    @CsvSource({"protected, protected", "'', package-private"})
    void ts205FieldsOfASuperclassInAnotherPackage(String modifier, String described) {
        TestSource base = TestSource.of("com.acme.base.BaseEntity", """
                package com.acme.base;

                import java.time.Instant;

                public abstract class BaseEntity {
                    %s Instant createdAt;
                    %1$s Instant updatedAt;
                }
                """.formatted(modifier));
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import com.acme.base.BaseEntity;
                import io.github.touchstone.Timestamped;

                @Timestamped
                public class Agent extends BaseEntity {
                }
                """);
        Diagnostics diagnostics = compiler.compile(base, agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(2);
        // reported where the field is declared: that is what must change
        diagnostics.assertError("[TS205] createdAt is " + described + " in com.acme.base.BaseEntity and Agent has no"
                + " getter getCreatedAt() and setter setCreatedAt(Instant) that the generated helper in package"
                + " com.acme can call", base.field("Instant createdAt;", "createdAt"));
        diagnostics.assertError("[TS205] updatedAt is " + described + " in com.acme.base.BaseEntity",
                base.field("Instant updatedAt;", "updatedAt"));
        compiler.assertCompilesClean(base.with("}\n", """
                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant value) { createdAt = value; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant value) { updatedAt = value; }
                }
                """), agent);
    }

    // ---------------------------------------------------------------------------------------
    // TS206, TS207: warnings, and @SuppressWarnings("touchstone")
    // ---------------------------------------------------------------------------------------

    static final String MIXED = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.time.LocalDateTime;
            import java.time.OffsetDateTime;

            @Timestamped
            %s
            public class Agent {
                %s LocalDateTime createdAt;
                %s OffsetDateTime updatedAt;
            }
            """;

    @Test
    void ts206AndTs207WarnButStillGenerate() {
        TestSource agent = TestSource.of("com.acme.Agent", MIXED.formatted("", "", ""));
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, agent);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(2);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime, which carries no zone;"
                + " Touchstone writes UTC wall time into it", agent.field("LocalDateTime createdAt", "createdAt"));
        diagnostics.assertWarning("[TS207] updatedAt has type OffsetDateTime while createdAt has type"
                + " LocalDateTime; mixing timestamp types invites mistakes",
                agent.field("OffsetDateTime updatedAt", "updatedAt"));
        assertEquals(Set.of("com.acme.AgentTimestamps"),
                processor.createdSources());
        compiler.assertCompilesClean(agent.with("LocalDateTime createdAt", "Instant createdAt",
                "OffsetDateTime updatedAt", "Instant updatedAt"));
    }

    @Test
    void ts206OnEachLocalDateTimeButNoTs207WhenTheyAgree() {
        TestSource agent = TestSource.of("com.acme.Agent", MIXED.formatted("", "", "")
                .replace("OffsetDateTime updatedAt", "LocalDateTime updatedAt"));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(2);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime",
                agent.field("LocalDateTime createdAt", "createdAt"));
        diagnostics.assertWarning("[TS206] updatedAt is a LocalDateTime",
                agent.field("LocalDateTime updatedAt", "updatedAt"));
    }

    @ParameterizedTest(name = "@SuppressWarnings on {0}")
    @CsvSource(delimiter = '|', value = {
        "the class             | @SuppressWarnings(\"touchstone\")            |                                  |",
        "the class, with others | @SuppressWarnings({\"unchecked\", \"touchstone\"}) |                             |",
        "each field            |                                             | @SuppressWarnings(\"touchstone\") | @SuppressWarnings(\"touchstone\")",
    })
    void suppressionSilencesWarnings(String where, String onClass, String onCreatedAt, String onUpdatedAt) {
        TestSource agent = TestSource.of("com.acme.Agent",
                MIXED.formatted(blank(onClass), blank(onCreatedAt), blank(onUpdatedAt)));
        compiler.assertCompilesClean(agent);
    }

    @Test
    void suppressionIsPerElement() {
        TestSource agent = TestSource.of("com.acme.Agent",
                MIXED.formatted("", "", "@SuppressWarnings(\"touchstone\")"));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime",
                agent.field("LocalDateTime createdAt", "createdAt"));
    }

    @Test
    void suppressionDoesNotSilenceErrors() {
        TestSource agent = TestSource.of("com.acme.Agent", MIXED.formatted("@SuppressWarnings(\"touchstone\")", "", "")
                .replace("OffsetDateTime updatedAt", "@SuppressWarnings(\"touchstone\") java.util.Date updatedAt"));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertWarningCount(0);
        diagnostics.assertError("[TS201] updatedAt has type java.util.Date",
                agent.field("Date updatedAt", "updatedAt"));
    }

    // ---------------------------------------------------------------------------------------
    // TS301..TS308: @Duration
    // ---------------------------------------------------------------------------------------

    /** A job whose stored duration declaration is {@code %s}. */
    static final String JOB = """
            package com.acme;

            import io.github.touchstone.Duration;
            import java.time.Instant;
            import java.time.temporal.ChronoUnit;

            public class Job {
                String label;
                Instant startTime;
                Instant endTime;
                %s
            }
            """;

    static Stream<Arguments> badStoredDurations() {
        return Stream.of(
                // code, wrong, fixed, where the error points (a value "member = value" or a field), message
                arguments("TS301",
                        "@Duration(start = \"strtTime\", end = \"endTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "start = \"strtTime\"",
                        "[TS301] @Duration start = \"strtTime\": Job has no such field; did you mean startTime or endTime?"),
                arguments("TS302",
                        "@Duration(start = \"label\", end = \"endTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "start = \"label\"",
                        "[TS302] @Duration start = \"label\" has type java.lang.String, which is not a timestamp type;"
                                + " use one of java.time.Instant"),
                arguments("TS303",
                        "@Duration(start = \"startTime\", end = \"startTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "end = \"startTime\"",
                        "[TS303] @Duration start and end are both \"startTime\"; the duration would always be zero"),
                arguments("TS304",
                        "@Duration(start = \"startTime\", end = \"endTime\") String runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "runMs",
                        "[TS304] @Duration field runMs has type java.lang.String; a stored duration is long, Long, int,"
                                + " Integer or java.time.Duration"),
                arguments("TS305",
                        "@Duration(start = \"startTime\", end = \"endTime\", unit = ChronoUnit.WEEKS) Long runWeeks;",
                        "@Duration(start = \"startTime\", end = \"endTime\", unit = ChronoUnit.DAYS) Long runDays;",
                        "unit = ChronoUnit.WEEKS",
                        "[TS305] @Duration unit WEEKS is not allowed; use one of NANOS, MICROS, MILLIS, SECONDS,"
                                + " MINUTES, HOURS, HALF_DAYS, DAYS"),
                arguments("TS307",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;\n"
                                + "    @Duration(start = \"startTime\", end = \"endTime\", name = \"runMs\") java.time.Duration run;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;\n"
                                + "    @Duration(start = \"startTime\", end = \"endTime\") java.time.Duration run;",
                        "name = \"runMs\"",
                        "[TS307] @Duration name \"runMs\" clashes with another @Duration's method runMs"),
                arguments("TS308",
                        "@Duration(start = \"startTime\", end = \"endTime\", name = \"run-time\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\", name = \"runTime\") Long runMs;",
                        "name = \"run-time\"",
                        "[TS308] @Duration name \"run-time\" is not a Java identifier, so it cannot name the generated"
                                + " methods"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void badStoredDurations(String code, String wrong, String fixed, String at, String message) {
        TestSource job = TestSource.of("com.acme.Job", JOB.formatted(wrong));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError(message, at.contains(" = ") ? job.value(at) : job.field(at, at));
        compiler.assertCompilesClean(job.with(wrong, fixed));
    }

    /** A job with type-level durations {@code %s}. */
    static final String TIMED_JOB = """
            package com.acme;

            import io.github.touchstone.Duration;
            import java.time.Instant;

            %s
            public class Job {
                Instant queuedAt;
                Instant startTime;
                Instant endTime;
            }
            """;

    @Test
    void ts306TypeLevelDurationWithoutName() {
        TestSource job = TestSource.of("com.acme.Job",
                TIMED_JOB.formatted("@Duration(start = \"startTime\", end = \"endTime\")"));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS306] @Duration on a type stores nothing and needs a name",
                job.annotation("@Duration"));
        compiler.assertCompilesClean(job.with("end = \"endTime\")", "end = \"endTime\", name = \"runTime\")"));
    }

    @Test
    void ts301TypeLevelDurationWithAMisspelledEnd() {
        TestSource job = TestSource.of("com.acme.Job",
                TIMED_JOB.formatted("@Duration(start = \"startTime\", end = \"endTme\", name = \"runTime\")"));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS301] @Duration end = \"endTme\": Job has no such field; did you mean endTime",
                job.value("end = \"endTme\""));
        compiler.assertCompilesClean(job.with("endTme", "endTime"));
    }

    @Test
    void ts307RepeatedTypeLevelDurationsWithOneName() {
        TestSource job = TestSource.of("com.acme.Job", TIMED_JOB.formatted("""
                @Duration(start = "startTime", end = "endTime", name = "runTime")
                @Duration(start = "queuedAt", end = "endTime", name = "runTime")"""));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS307] @Duration name \"runTime\" clashes with another @Duration's method runTime",
                job.repeatedValue("class Job", "\"queuedAt\"", "name = \"runTime\""));
        compiler.assertCompilesClean(job.with("\"queuedAt\", end = \"endTime\", name = \"runTime\"",
                "\"queuedAt\", end = \"endTime\", name = \"totalTime\""));
    }

    @Test
    void ts307DurationNamedLikeAGeneratedLifecycleMethod() {
        TestSource job = TestSource.of("com.acme.Job", """
                package com.acme;

                import io.github.touchstone.Duration;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Job {
                    Instant createdAt;
                    Instant updatedAt;
                    Instant endTime;
                    @Duration(start = "createdAt", end = "endTime", name = "age") Long ageMs;
                }
                """);
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS307] @Duration name \"age\" clashes with the generated method age",
                job.value("name = \"age\""));
        compiler.assertCompilesClean(job.with(", name = \"age\"", ""));
        // without @Timestamped there is no lifecycle, so no age() or touch() to clash with
        compiler.assertCompilesClean(TestSource.of("com.acme.Job", TIMED_JOB.formatted(
                "@Duration(start = \"startTime\", end = \"endTime\", name = \"touch\")")));
    }

    // ---------------------------------------------------------------------------------------
    // TS401, TS402: @Timestamped attributes
    // ---------------------------------------------------------------------------------------

    /** An entity with the @Timestamped attributes {@code %s}. */
    static final String CONFIGURED = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import java.time.Instant;
            import java.time.temporal.ChronoUnit;

            @Timestamped(%s)
            public class Agent {
                Instant createdAt;
                Instant updatedAt;
            }
            """;

    @ParameterizedTest(name = "TS401: precision {0}")
    @ValueSource(strings = {"MINUTES", "HOURS", "HALF_DAYS", "DAYS", "WEEKS", "FOREVER"})
    void ts401BadPrecision(String precision) {
        TestSource agent = TestSource.of("com.acme.Agent",
                CONFIGURED.formatted("precision = ChronoUnit." + precision));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS401] precision " + precision
                + " is not allowed; use NANOS, MICROS, MILLIS or SECONDS",
                agent.value("precision = ChronoUnit." + precision));
        compiler.assertCompilesClean(agent.with("ChronoUnit." + precision, "ChronoUnit.MILLIS"));
    }

    @ParameterizedTest(name = "TS402: futureTolerance \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "5 seconds | is not an ISO-8601 duration such as \"PT5S\" or \"PT0.5S\"",
        "PT        | is not an ISO-8601 duration such as \"PT5S\" or \"PT0.5S\"",
        "-PT5S     | is negative: a timestamp in the past is never in the future",
        "PT-0.5S   | is negative: a timestamp in the past is never in the future",
    })
    void ts402BadFutureTolerance(String tolerance, String why) {
        TestSource agent = TestSource.of("com.acme.Agent",
                CONFIGURED.formatted("precision = ChronoUnit.MILLIS, futureTolerance = \"" + tolerance + "\""));
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS402] futureTolerance \"" + tolerance + "\" " + why,
                agent.value("futureTolerance = \"" + tolerance + "\""));
        compiler.assertCompilesClean(agent.with("\"" + tolerance + "\"", "\"PT10S\""));
    }

    // ---------------------------------------------------------------------------------------
    // TS900, TS901: an unexpected throwable, a failed write
    // ---------------------------------------------------------------------------------------

    @Test
    void ts900AnyThrowableBecomesAnErrorOnTheEntityAndTheOthersAreStillGenerated() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("Instant createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Task"));
        // No source triggers an exception in the processor (one that does is a bug to fix), so
        // the Filer throws instead: an Error, which a catch of RuntimeException would miss.
        RecordingProcessor processor = RecordingProcessor.failingToCreate("com.acme.AgentTimestamps",
                new AssertionError("a bug"));
        Diagnostics diagnostics = compiler.compile(processor, agent, task);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS900] internal error in the Touchstone processor while processing com.acme.Agent:"
                + " java.lang.AssertionError: a bug. please report it on the Touchstone issue tracker"
                + " with this stack trace: java.lang.AssertionError", agent.type("class Agent"));
        assertEquals(Set.of("com.acme.TaskTimestamps"), processor.createdSources());
    }

    @Test
    void ts901AFailedWriteIsReportedAsSuchAndTheOthersAreStillGenerated() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("Instant createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Task"));
        RecordingProcessor processor = RecordingProcessor.failingToCreate("com.acme.AgentTimestamps",
                new IOException("No space left on device"));
        Diagnostics diagnostics = compiler.compile(processor, agent, task);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS901] could not write the generated classes of com.acme.Agent:"
                + " java.io.IOException: No space left on device", agent.type("class Agent"));
        assertEquals(Set.of("com.acme.TaskTimestamps"), processor.createdSources());
    }

    // ---------------------------------------------------------------------------------------
    // Across diagnostics
    // ---------------------------------------------------------------------------------------

    @Test
    void everyProblemOfAClassIsReportedInOneCompilation() {
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Duration;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;
                import java.time.LocalDateTime;
                import java.time.temporal.ChronoUnit;
                import java.util.Date;

                @Timestamped(precision = ChronoUnit.MINUTES, futureTolerance = "PT-1S")
                public class Agent {
                    Date createdAt;
                    Instant modifiedAt;
                    @ActivityTimestamp LocalDateTime lastActiveAt;
                    @ActivityTimestamp static Instant bootedAt;
                    Instant startTime;
                    Instant endTime;
                    @Duration(start = "strtTime", end = "endTime") Long runMs;
                }
                """);
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(6);
        diagnostics.assertError("[TS401] precision MINUTES", agent.value("precision = ChronoUnit.MINUTES"));
        diagnostics.assertError("[TS402] futureTolerance \"PT-1S\" is negative",
                agent.value("futureTolerance = \"PT-1S\""));
        diagnostics.assertError("[TS105] @Timestamped Agent has no updatedAt field; did you mean modifiedAt",
                agent.annotation("@Timestamped"));
        diagnostics.assertError("[TS201] createdAt has type java.util.Date",
                agent.field("Date createdAt", "createdAt"));
        diagnostics.assertError("[TS203] bootedAt is static", agent.field("Instant bootedAt", "bootedAt"));
        diagnostics.assertError(
                "[TS301] @Duration start = \"strtTime\": Agent has no such field; did you mean startTime",
                agent.value("start = \"strtTime\""));
        // warnings come from what was read: endTime belongs to the refused duration, so no TS207
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS206] lastActiveAt is a LocalDateTime",
                agent.field("LocalDateTime lastActiveAt", "lastActiveAt"));
        assertEquals(Set.of(), processor.createdSources());
    }

    @Test
    void theSameProblemInTwoClassesIsReportedInBoth() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("static Instant createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("static Instant createdAt;")
                .replace("class Agent", "class Task"));
        Diagnostics diagnostics = compiler.compile(agent, task);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(2);
        diagnostics.assertError("[TS203] createdAt is static", agent.field("Instant createdAt", "createdAt"));
        diagnostics.assertError("[TS203] createdAt is static", task.field("Instant createdAt", "createdAt"));
    }

    @Test
    void anEntityWithErrorsIsNotGeneratedButTheOthersAre() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("long createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Task"));
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, agent, task);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS202] createdAt has primitive type long",
                agent.field("long createdAt", "createdAt"));
        assertEquals(Set.of("com.acme.TaskTimestamps"), processor.createdSources());
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
