package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Diagnostics on entity shapes that {@link DiagnosticsTest} does not cover, under javac and
 * under ECJ: warnings and their suppression on single fields, nested classes, inherited fields
 * and record components, and TS205 for each way an accessor can be missing or out of reach.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class ShapeDiagnosticsTest {

    @Parameter
    Compiler compiler;

    // ---------------------------------------------------------------------------------------
    // TS206 and TS207, and @SuppressWarnings("touchstone")
    // ---------------------------------------------------------------------------------------

    /** Every kind of managed timestamp as a LocalDateTime; {@code %s} goes before the one field to silence. */
    static final String LOCAL = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.LocalDateTime;

            @Timestamped
            @Duration(name = "run", start = "startTime", end = "endTime")
            public class Agent {
                LocalDateTime createdAt;
                LocalDateTime updatedAt;
                @ActivityTimestamp LocalDateTime lastActiveAt;
                LocalDateTime startTime;
                LocalDateTime endTime;
            }
            """;

    static final List<String> LOCAL_FIELDS = List.of("createdAt", "updatedAt", "lastActiveAt", "startTime", "endTime");

    @ParameterizedTest(name = "@SuppressWarnings on {0}")
    @ValueSource(strings = {"createdAt", "updatedAt", "lastActiveAt", "startTime", "endTime"})
    void suppressionOnAFieldSilencesThatFieldOnly(String silenced) {
        String declaration = (silenced.equals("lastActiveAt") ? "@ActivityTimestamp " : "") + "LocalDateTime " + silenced + ";";
        TestSource agent = TestSource.of("com.acme.Agent", LOCAL)
                .with(declaration, "@SuppressWarnings(\"touchstone\") " + declaration);
        Diagnostics diagnostics = compiler.compile(agent);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(LOCAL_FIELDS.size() - 1);
        for (String field : LOCAL_FIELDS) {
            if (!field.equals(silenced)) {
                diagnostics.assertWarning("[TS206] " + field + " is a LocalDateTime",
                        agent.field(" " + field + ";", field));
            }
        }
    }

    @Test
    void suppressionOnAnEnclosingClassReachesNestedEntitiesOnly() {
        TestSource outer = TestSource.of("com.acme.Outer", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.LocalDateTime;

                public class Outer {
                    @SuppressWarnings("touchstone")
                    public static class Quiet {
                        @Timestamped
                        public static class Agent {
                            LocalDateTime createdAt;
                            LocalDateTime updatedAt;
                        }
                    }

                    @Timestamped
                    public static class Loud {
                        LocalDateTime createdAt; // loud
                        LocalDateTime updatedAt; // loud
                    }
                }
                """);
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, outer);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(2);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime",
                outer.field("createdAt; // loud", "createdAt"));
        diagnostics.assertWarning("[TS206] updatedAt is a LocalDateTime",
                outer.field("updatedAt; // loud", "updatedAt"));
        assertEquals(Set.of("com.acme.Outer_LoudTimestamps", "com.acme.Outer_Quiet_AgentTimestamps"),
                processor.createdSources());
    }

    static final TestSource BASE = TestSource.of("com.acme.Base", """
            package com.acme;

            import java.time.LocalDateTime;

            public abstract class Base {
                LocalDateTime createdAt;
                LocalDateTime updatedAt;
            }
            """);

    static final String SUBCLASS = """
            package com.acme;

            @io.github.touchstone.Timestamped
            public class %s extends Base {
            }
            """;

    @Test
    void inheritedFieldsAreWarnedAboutWhereTheyAreDeclaredOnce() {
        TestSource agent = TestSource.of("com.acme.Agent", SUBCLASS.formatted("Agent"));
        TestSource task = TestSource.of("com.acme.Task", SUBCLASS.formatted("Task"));
        Diagnostics diagnostics = compiler.compile(BASE, agent, task);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(2);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime", BASE.field("createdAt;", "createdAt"));
        diagnostics.assertWarning("[TS206] updatedAt is a LocalDateTime", BASE.field("updatedAt;", "updatedAt"));
    }

    /**
     * Regression: suppression on the entity did not reach the fields it inherits from a base
     * class in the sources, which are reported where they are declared (in a jar, the warning
     * goes to the entity and suppression there worked).
     */
    @ParameterizedTest(name = "@SuppressWarnings on {0}")
    @ValueSource(strings = {"the entity", "the base class"})
    void suppressionOnTheEntityOrTheBaseSilencesInheritedFields(String where) {
        TestSource agent = TestSource.of("com.acme.Agent", SUBCLASS.formatted("Agent"));
        String suppressed = "@SuppressWarnings(\"touchstone\")\npublic ";
        if (where.equals("the entity")) {
            compiler.assertCompilesClean(BASE, agent.with("public class", suppressed + "class"));
        } else {
            compiler.assertCompilesClean(BASE.with("public abstract", suppressed + "abstract"), agent);
        }
    }

    @Test
    void suppressionOnOneSubclassLeavesTheOtherWarned() {
        TestSource quiet = TestSource.of("com.acme.Agent", SUBCLASS.formatted("Agent"))
                .with("public class", "@SuppressWarnings(\"touchstone\")\npublic class");
        TestSource loud = TestSource.of("com.acme.Task", SUBCLASS.formatted("Task"));
        Diagnostics diagnostics = compiler.compile(BASE, quiet, loud);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(2);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime", BASE.field("createdAt;", "createdAt"));
    }

    @Test
    void ts207OnTheSubclassFieldWhoseTypeDiffersFromTheBase() {
        TestSource base = TestSource.of("com.acme.Base", """
                package com.acme;

                import java.time.Instant;

                public abstract class Base {
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;

                @Timestamped
                public class Agent extends Base {
                    @ActivityTimestamp Long lastActiveAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(base, agent);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS207] lastActiveAt has type Long while createdAt has type Instant",
                agent.field("Long lastActiveAt", "lastActiveAt"));
        compiler.assertCompilesClean(base, agent.with("Long lastActiveAt", "java.time.Instant lastActiveAt"));
    }

    @Test
    void recordComponentsAreWarnedAboutAndSilencedOneByOne() {
        TestSource note = TestSource.of("com.acme.Note", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.LocalDateTime;

                @Timestamped
                public record Note(String text,
                                   LocalDateTime createdAt,
                                   @SuppressWarnings("touchstone") LocalDateTime updatedAt) {
                }
                """);
        Diagnostics diagnostics = compiler.compile(note);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS206] createdAt is a LocalDateTime",
                note.field("LocalDateTime createdAt", "createdAt"));
        compiler.assertCompilesClean(
                note.with("LocalDateTime createdAt", "@SuppressWarnings(\"touchstone\") LocalDateTime createdAt"));
    }

    // ---------------------------------------------------------------------------------------
    // TS205: each way an accessor can be missing
    // ---------------------------------------------------------------------------------------

    /** A job whose private {@code %s} fields the helper must reach through accessors. */
    static final String JOB = """
            package com.acme;

            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped
            public class Job {
                private Instant createdAt;
                private Instant updatedAt;
                private Instant startTime;
                private Instant endTime;
                @Duration(start = "startTime", end = "endTime") private Long runMs;

                public Instant getUpdatedAt() { return updatedAt; }
                public void setUpdatedAt(Instant value) { updatedAt = value; }
                public Instant getEndTime() { return endTime; }
                public void setEndTime(Instant value) { endTime = value; }
            %s}
            """;

    static final String CREATED_AT = """
                public Instant getCreatedAt() { return createdAt; }
                public void setCreatedAt(Instant value) { createdAt = value; }
            """;
    static final String START_AND_RUN = """
                public Instant getStartTime() { return startTime; }
                public Long getRunMs() { return runMs; }
                public void setRunMs(Long value) { runMs = value; }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what is wrong, the accessors of createdAt, the field reported, the missing accessors
        "no getter            | public void setCreatedAt(Instant value) { createdAt = value; }"
                + "                | createdAt | getter getCreatedAt()",
        "a private getter     | private Instant getCreatedAt() { return createdAt; }"
                + " public void setCreatedAt(Instant value) { createdAt = value; }         | createdAt | getter getCreatedAt()",
        "a getter of Object   | public Object getCreatedAt() { return createdAt; }"
                + " public void setCreatedAt(Instant value) { createdAt = value; }         | createdAt | getter getCreatedAt()",
        "a setter of Object   | public Instant getCreatedAt() { return createdAt; }"
                + " public void setCreatedAt(Object value) { createdAt = (Instant) value; } | createdAt | setter setCreatedAt(Instant)",
        "static accessors     | public static Instant getCreatedAt() { return null; }"
                + " public static void setCreatedAt(Instant value) { }                      | createdAt"
                + " | getter getCreatedAt() and setter setCreatedAt(Instant)",
    })
    void ts205NamesTheMissingAccessor(String wrong, String accessors, String field, String missing) {
        TestSource job = TestSource.of("com.acme.Job", JOB.formatted("    " + accessors + "\n" + START_AND_RUN));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS205] " + field + " is private and Job has no " + missing
                + " that the generated helper in package com.acme can call",
                job.field("private Instant " + field, field));
        compiler.assertCompilesClean(TestSource.of("com.acme.Job", JOB.formatted(CREATED_AT + START_AND_RUN)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a duration's start is only read: a getter is enough; a stored duration is written
        "startTime | public Long getRunMs() { return runMs; } public void setRunMs(Long value) { runMs = value; }"
                + " | private Instant startTime | getter getStartTime()",
        "runMs     | public Instant getStartTime() { return startTime; } public Long getRunMs() { return runMs; }"
                + " | private Long runMs        | setter setRunMs(Long)",
    })
    void ts205ForDurationFieldsAsksOnlyForWhatIsUsed(String field, String accessors, String line, String missing) {
        TestSource job = TestSource.of("com.acme.Job", JOB.formatted(CREATED_AT + "    " + accessors + "\n"));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS205] " + field + " is private and Job has no " + missing + " that",
                job.field(line, field));
    }

    @Test
    void ts205ForProtectedAccessorsInASuperclassOfAnotherPackage() {
        TestSource base = TestSource.of("com.acme.base.Stamped", """
                package com.acme.base;

                import java.time.Instant;

                public abstract class Stamped {
                    private Instant createdAt;
                    private Instant updatedAt;

                    protected Instant getCreatedAt() { return createdAt; }
                    protected void setCreatedAt(Instant value) { createdAt = value; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant value) { updatedAt = value; }
                }
                """);
        TestSource agent = TestSource.of("com.acme.Agent", """
                package com.acme;

                @io.github.touchstone.Timestamped
                public class Agent extends com.acme.base.Stamped {
                }
                """);
        Diagnostics diagnostics = compiler.compile(base, agent);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        // the helper is in com.acme: protected accessors of com.acme.base are out of its reach
        diagnostics.assertError("[TS205] createdAt is private and Agent has no getter getCreatedAt() and setter"
                + " setCreatedAt(Instant) that the generated helper in package com.acme can call",
                base.field("private Instant createdAt", "createdAt"));
        compiler.assertCompilesClean(base.with("protected Instant getCreatedAt", "public Instant getCreatedAt",
                "protected void setCreatedAt", "public void setCreatedAt"), agent);
    }
}
