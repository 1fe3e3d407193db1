package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.compile;
import static io.github.touchstone.processor.Compilations.compileStrict;
import static io.github.touchstone.processor.Compilations.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import io.github.touchstone.processor.validation.Message;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@link Message} the processor can produce: a realistic wrong source, the message (its
 * code and the parts a user acts on), the file, line and column it is reported on, and the
 * fixed source compiling clean under {@code -Xlint:all -Werror}.
 *
 * <p>Positions are given by a marker that occurs on exactly one line of the source ("on the
 * line of {@code Date createdAt}, at {@code createdAt}"). javac reports a field at its name, a
 * class at its {@code class} keyword, an annotation at its {@code @}, a string value at its
 * opening quote and a qualified enum constant such as {@code ChronoUnit.HOURS} at its last dot.
 */
class DiagnosticsTest {

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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS101] @Timestamped applies to classes and records, not to " + kind + " Agent",
                agent, "@Timestamped");
        assertCompilesClean(agent.with(declaration, "record Agent(Instant createdAt, Instant updatedAt)"));
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
        Compilation compilation = compile(status.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS101] @ActivityTimestamp applies to classes and records, not to enum Status",
                status, "public enum Status", "enum");
        assertCompilesClean(status.with("public enum Status {\n    ACTIVE, RETIRED;\n",
                "public class Status {\n"));
    }

    @Test
    void ts102TimestampedOnALocalClass() {
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
        Compilation compilation = compile(factory.file());

        assertThat(compilation).failed();
        assertError(compilation, "[TS102] Agent is a local or anonymous class", factory, "@Timestamped");
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
        Compilation compilation = compile(outer.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, message, outer, "@Timestamped");
        assertCompilesClean(outer.with(declaration, declaration.replace("private ", "")));
    }

    @ParameterizedTest(name = "TS104: a user type {0} exists")
    @ValueSource(strings = {"AgentTimestamps", "AgentTimestampValidator"})
    void ts104GeneratedNameTaken(String taken) {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("Instant createdAt;"));
        TestSource existing = TestSource.of("com.acme." + taken, """
                package com.acme;

                /** Hand-written, before Touchstone was added. */
                public class %s {
                }
                """.formatted(taken));
        RecordingProcessor processor = RecordingProcessor.recording();
        Compilation compilation = processor.compile(agent.file(), existing.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS104] cannot generate com.acme." + taken
                + ": a type with that name already exists in the compilation", agent, "public class Agent", "class");
        assertEquals(Set.of(), processor.createdSources(), "neither helper is written");
        assertCompilesClean(agent, TestSource.of("com.acme.AgentClock", existing.code().replace(taken, "AgentClock")));
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
        Compilation compilation = compile(outer.file(), outerInner.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        // which of the two entities gets the error is for the fix to decide: no file or line here
        assertThat(compilation).hadErrorContaining("[TS104] cannot generate com.acme.Outer_InnerTimestamps");
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        // Only creationTime: updatedAt is taken by the other slot and name is no time.
        assertEquals(List.of("[TS105] @Timestamped Agent has no createdAt field; did you mean creationTime?"
                + " Mark it @CreatedAt."), errors(compilation));
        assertError(compilation, "[TS105] @Timestamped Agent has no createdAt field", agent, "@Timestamped");
        assertCompilesClean(agent.with("Instant creationTime;", "@CreatedAt Instant creationTime;"));
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertEquals(List.of(
                "[TS105] @Timestamped Agent has no createdAt field; did you mean createdOn or updatedOn? Mark it @CreatedAt.",
                "[TS105] @Timestamped Agent has no updatedAt field; did you mean updatedOn or createdOn? Mark it @UpdatedAt."),
                errors(compilation));
        assertError(compilation, "did you mean createdOn", agent, "@Timestamped");
        assertError(compilation, "did you mean updatedOn", agent, "@Timestamped");
        assertCompilesClean(agent.with(
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        // lastActiveAt is already an activity timestamp, createdAt the other slot.
        assertEquals(List.of("[TS105] @Timestamped Agent has no updatedAt field"), errors(compilation));
        assertError(compilation, "[TS105] @Timestamped Agent has no updatedAt field", agent, "@Timestamped");
        assertCompilesClean(agent.with("String name;", "Instant updatedAt;"));
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, "[TS106] both created and registered are marked @CreatedAt; an entity has one",
                agent, "Instant registered;", "@CreatedAt");
        assertError(compilation, "[TS106] both modified and synced are marked @UpdatedAt; an entity has one",
                agent, "Instant synced;", "@UpdatedAt");
        assertCompilesClean(agent.with(
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, "[TS107] @CreatedAt on registered, but Agent is not @Timestamped: nothing would set it",
                agent, "Instant registered;", "@CreatedAt");
        assertError(compilation, "[TS107] @UpdatedAt on modified, but Agent is not @Timestamped: nothing would set it",
                agent, "Instant modified;", "@UpdatedAt");
        assertCompilesClean(agent.with(
                "import java.time.Instant;\n", "import io.github.touchstone.Timestamped;\nimport java.time.Instant;\n",
                "public class Agent", "@Timestamped\npublic class Agent"));
        // ... or keep the marks in an abstract base class for annotated subclasses
        assertCompilesClean(agent.with("public class Agent", "public abstract class Agent"));
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS108] touchesUpdatedAt = true on lastActiveAt, but Agent has no updatedAt",
                agent, "touchesUpdatedAt", "true");
        assertCompilesClean(agent.with("(touchesUpdatedAt = true)", ""));
        assertCompilesClean(agent.with(
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
                arguments("TS204", "final Instant createdAt = Instant.EPOCH;", "Instant createdAt = Instant.EPOCH;",
                        "final Instant createdAt",
                        "[TS204] createdAt is final, so the generated helper could not set it"),
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, message, agent, line, "createdAt");
        assertCompilesClean(agent.with(wrong, fixed));
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, "[TS202] updatedAt has primitive type long", agent, "long updatedAt", "updatedAt");
        assertError(compilation, "[TS201] lastActiveAt has type java.sql.Timestamp", agent,
                "java.sql.Timestamp lastActiveAt", "lastActiveAt");
        // final record components are fine
        assertCompilesClean(agent.with("long updatedAt", "Instant updatedAt", "java.sql.Timestamp", "Instant"));
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
        Compilation compilation = compile(base.file(), agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        // reported where the field is declared: that is what must change
        assertError(compilation, "[TS205] createdAt is " + described + " in com.acme.base.BaseEntity and Agent has no"
                + " getter getCreatedAt() and setter setCreatedAt(Instant) that the generated helper in package"
                + " com.acme can call", base, "Instant createdAt;", "createdAt");
        assertError(compilation, "[TS205] updatedAt is " + described + " in com.acme.base.BaseEntity",
                base, "Instant updatedAt;", "updatedAt");
        assertCompilesClean(base.with("}\n", """
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertWarning(compilation, "[TS206] createdAt is a LocalDateTime, which carries no zone;"
                + " Touchstone writes UTC wall time into it", agent, "LocalDateTime createdAt", "createdAt");
        assertWarning(compilation, "[TS207] updatedAt has type OffsetDateTime while createdAt has type"
                + " LocalDateTime; mixing timestamp types invites mistakes", agent, "OffsetDateTime updatedAt", "updatedAt");
        assertThat(compilation).generatedSourceFile("com.acme.AgentTimestamps");
        assertThat(compilation).generatedSourceFile("com.acme.AgentTimestampValidator");
        assertCompilesClean(agent.with("LocalDateTime createdAt", "Instant createdAt",
                "OffsetDateTime updatedAt", "Instant updatedAt"));
    }

    @Test
    void ts206OnEachLocalDateTimeButNoTs207WhenTheyAgree() {
        TestSource agent = TestSource.of("com.acme.Agent", MIXED.formatted("", "", "")
                .replace("OffsetDateTime updatedAt", "LocalDateTime updatedAt"));
        Compilation compilation = compile(agent.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertWarning(compilation, "[TS206] createdAt is a LocalDateTime", agent, "LocalDateTime createdAt", "createdAt");
        assertWarning(compilation, "[TS206] updatedAt is a LocalDateTime", agent, "LocalDateTime updatedAt", "updatedAt");
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
        assertCompilesClean(agent);
    }

    @Test
    void suppressionIsPerElement() {
        TestSource agent = TestSource.of("com.acme.Agent",
                MIXED.formatted("", "", "@SuppressWarnings(\"touchstone\")"));
        Compilation compilation = compile(agent.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, "[TS206] createdAt is a LocalDateTime", agent, "LocalDateTime createdAt", "createdAt");
    }

    @Test
    void suppressionDoesNotSilenceErrors() {
        TestSource agent = TestSource.of("com.acme.Agent", MIXED.formatted("@SuppressWarnings(\"touchstone\")", "", "")
                .replace("OffsetDateTime updatedAt", "@SuppressWarnings(\"touchstone\") java.util.Date updatedAt"));
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
        assertError(compilation, "[TS201] updatedAt has type java.util.Date", agent, "Date updatedAt", "updatedAt");
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
                // code, wrong, fixed, where on its line the error points, message
                arguments("TS301",
                        "@Duration(start = \"strtTime\", end = \"endTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "\"strtTime\"",
                        "[TS301] @Duration start = \"strtTime\": Job has no such field; did you mean startTime or endTime?"),
                arguments("TS302",
                        "@Duration(start = \"label\", end = \"endTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "\"label\"",
                        "[TS302] @Duration start = \"label\" has type java.lang.String, which is not a timestamp type;"
                                + " use one of java.time.Instant"),
                arguments("TS303",
                        "@Duration(start = \"startTime\", end = \"startTime\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;",
                        "\"startTime\") Long",
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
                        ".WEEKS",
                        "[TS305] @Duration unit WEEKS is not allowed; use one of NANOS, MICROS, MILLIS, SECONDS,"
                                + " MINUTES, HOURS, HALF_DAYS, DAYS"),
                arguments("TS307",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;\n"
                                + "    @Duration(start = \"startTime\", end = \"endTime\", name = \"runMs\") java.time.Duration run;",
                        "@Duration(start = \"startTime\", end = \"endTime\") Long runMs;\n"
                                + "    @Duration(start = \"startTime\", end = \"endTime\") java.time.Duration run;",
                        "\"runMs\"",
                        "[TS307] @Duration name \"runMs\" clashes with another @Duration's method runMs"),
                arguments("TS308",
                        "@Duration(start = \"startTime\", end = \"endTime\", name = \"run-time\") Long runMs;",
                        "@Duration(start = \"startTime\", end = \"endTime\", name = \"runTime\") Long runMs;",
                        "\"run-time\"",
                        "[TS308] @Duration name \"run-time\" is not a Java identifier, so it cannot name the generated"
                                + " methods"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void badStoredDurations(String code, String wrong, String fixed, String at, String message) {
        TestSource job = TestSource.of("com.acme.Job", JOB.formatted(wrong));
        Compilation compilation = compile(job.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, message, job, at, at);
        assertCompilesClean(job.with(wrong, fixed));
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
        Compilation compilation = compile(job.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS306] @Duration on a type stores nothing and needs a name", job, "@Duration");
        assertCompilesClean(job.with("end = \"endTime\")", "end = \"endTime\", name = \"runTime\")"));
    }

    @Test
    void ts301TypeLevelDurationWithAMisspelledEnd() {
        TestSource job = TestSource.of("com.acme.Job",
                TIMED_JOB.formatted("@Duration(start = \"startTime\", end = \"endTme\", name = \"runTime\")"));
        Compilation compilation = compile(job.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS301] @Duration end = \"endTme\": Job has no such field; did you mean endTime",
                job, "\"endTme\"");
        assertCompilesClean(job.with("endTme", "endTime"));
    }

    @Test
    void ts307RepeatedTypeLevelDurationsWithOneName() {
        TestSource job = TestSource.of("com.acme.Job", TIMED_JOB.formatted("""
                @Duration(start = "startTime", end = "endTime", name = "runTime")
                @Duration(start = "queuedAt", end = "endTime", name = "runTime")"""));
        Compilation compilation = compile(job.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        // javac cannot point into the @Duration.List it synthesizes for repeated annotations
        // (JavacElements matches an annotation only against the element's own annotation trees),
        // so the error goes to the class.
        assertError(compilation, "[TS307] @Duration name \"runTime\" clashes with another @Duration's method runTime",
                job, "public class Job", "class");
        assertCompilesClean(job.with("\"queuedAt\", end = \"endTime\", name = \"runTime\"",
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
        Compilation compilation = compile(job.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS307] @Duration name \"age\" clashes with the generated method age",
                job, "\"age\"");
        assertCompilesClean(job.with(", name = \"age\"", ""));
        // without @Timestamped there is no lifecycle, so no age() or touch() to clash with
        assertCompilesClean(TestSource.of("com.acme.Job", TIMED_JOB.formatted(
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS401] precision " + precision + " is not allowed; use NANOS, MICROS, MILLIS or SECONDS",
                agent, "@Timestamped", "." + precision);
        assertCompilesClean(agent.with("ChronoUnit." + precision, "ChronoUnit.MILLIS"));
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
        Compilation compilation = compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS402] futureTolerance \"" + tolerance + "\" " + why,
                agent, "@Timestamped", "\"" + tolerance + "\"");
        assertCompilesClean(agent.with("\"" + tolerance + "\"", "\"PT10S\""));
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
        Compilation compilation = processor.compile(agent.file(), task.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS900] internal error in the Touchstone processor while processing com.acme.Agent:"
                + " java.lang.AssertionError: a bug. please report it on the Touchstone issue tracker"
                + " with this stack trace: java.lang.AssertionError", agent, "public class Agent", "class");
        assertEquals(Set.of("com.acme.TaskTimestampValidator", "com.acme.TaskTimestamps"), processor.createdSources());
    }

    @Test
    void ts901AFailedWriteIsReportedAsSuchAndTheOthersAreStillGenerated() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("Instant createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Task"));
        RecordingProcessor processor = RecordingProcessor.failingToCreate("com.acme.AgentTimestamps",
                new IOException("No space left on device"));
        Compilation compilation = processor.compile(agent.file(), task.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS901] could not write the generated classes of com.acme.Agent:"
                + " java.io.IOException: No space left on device", agent, "public class Agent", "class");
        assertEquals(Set.of("com.acme.TaskTimestampValidator", "com.acme.TaskTimestamps"), processor.createdSources());
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
        Compilation compilation = processor.compile(agent.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(6);
        assertError(compilation, "[TS401] precision MINUTES", agent, "@Timestamped", ".MINUTES");
        assertError(compilation, "[TS402] futureTolerance \"PT-1S\" is negative", agent, "@Timestamped", "\"PT-1S\"");
        assertError(compilation, "[TS105] @Timestamped Agent has no updatedAt field; did you mean modifiedAt",
                agent, "@Timestamped");
        assertError(compilation, "[TS201] createdAt has type java.util.Date", agent, "Date createdAt", "createdAt");
        assertError(compilation, "[TS203] bootedAt is static", agent, "Instant bootedAt", "bootedAt");
        assertError(compilation, "[TS301] @Duration start = \"strtTime\": Agent has no such field; did you mean startTime",
                agent, "\"strtTime\"");
        // warnings come from what was read: endTime belongs to the refused duration, so no TS207
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, "[TS206] lastActiveAt is a LocalDateTime", agent,
                "LocalDateTime lastActiveAt", "lastActiveAt");
        assertEquals(Set.of(), processor.createdSources());
    }

    @Test
    void theSameProblemInTwoClassesIsReportedInBoth() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("static Instant createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("static Instant createdAt;")
                .replace("class Agent", "class Task"));
        Compilation compilation = compile(agent.file(), task.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, "[TS203] createdAt is static", agent, "Instant createdAt", "createdAt");
        assertError(compilation, "[TS203] createdAt is static", task, "Instant createdAt", "createdAt");
    }

    @Test
    void anEntityWithErrorsIsNotGeneratedButTheOthersAre() {
        TestSource agent = TestSource.of("com.acme.Agent", AGENT.formatted("long createdAt;"));
        TestSource task = TestSource.of("com.acme.Task", AGENT.formatted("Instant createdAt;")
                .replace("class Agent", "class Task"));
        RecordingProcessor processor = RecordingProcessor.recording();
        Compilation compilation = processor.compile(agent.file(), task.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, "[TS202] createdAt has primitive type long", agent, "long createdAt", "createdAt");
        assertEquals(Set.of("com.acme.TaskTimestampValidator", "com.acme.TaskTimestamps"), processor.createdSources());
    }

    @Test
    void everyDiagnosticHasAUniqueCodeAndPrintsIt() {
        List<String> codes = Arrays.stream(Message.values()).map(Message::code).toList();
        assertEquals(codes.size(), Set.copyOf(codes).size(), "unique codes: " + codes);
        for (Message diagnostic : Message.values()) {
            assertEquals("[" + diagnostic.code() + "] ",
                    diagnostic.format(new Object[10]).substring(0, diagnostic.code().length() + 3));
        }
    }

    // ---------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------

    /** An error containing {@code message} on the only line of the source that contains {@code marker}, where the marker starts. */
    static void assertError(Compilation compilation, String message, TestSource source, String marker) {
        assertError(compilation, message, source, marker, marker);
    }

    /** An error containing {@code message} on the only line that contains {@code marker}, where {@code at} starts on it. */
    static void assertError(Compilation compilation, String message, TestSource source, String marker, String at) {
        assertThat(compilation).hadErrorContaining(message).inFile(source.file())
                .onLine(source.line(marker)).atColumn(source.column(marker, at));
    }

    /** A warning containing {@code message} on the only line that contains {@code marker}, where {@code at} starts on it. */
    static void assertWarning(Compilation compilation, String message, TestSource source, String marker, String at) {
        assertThat(compilation).hadWarningContaining(message).inFile(source.file())
                .onLine(source.line(marker)).atColumn(source.column(marker, at));
    }

    /** Compiles under {@code -Xlint:all -Werror}: success, and not a single diagnostic. */
    static void assertCompilesClean(TestSource... sources) {
        Compilation compilation = compileStrict(Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new));
        assertEquals("", describe(compilation.diagnostics()), "the fixed source compiles clean");
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** The messages of the errors, in order. */
    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(null)).toList();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
