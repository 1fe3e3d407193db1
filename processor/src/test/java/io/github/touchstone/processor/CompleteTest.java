package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code complete<Name>} sets a duration's end the way {@code mark<End>} does: where the end is
 * an {@code @ActivityTimestamp(touchesUpdatedAt = true)}, {@code updatedAt} moves to the same
 * instant, in every shape the helpers write (fields, accessors, a record, withers); where the
 * end is already set, only the stored value is computed.
 */
class CompleteTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T09:01:30.500Z");

    enum Shape {
        FIELDS("""
                @Timestamped
                public class Job {
                    Instant createdAt;
                    Instant updatedAt;
                    Instant startedAt;
                    @ActivityTimestamp(touchesUpdatedAt = true) Instant endedAt;
                    @Duration(start = "startedAt", end = "endedAt") Long runMs;

                    public Job(Instant createdAt, Instant updatedAt, Instant startedAt, Instant endedAt, Long runMs) {
                        this.createdAt = createdAt;
                        this.updatedAt = updatedAt;
                        this.startedAt = startedAt;
                        this.endedAt = endedAt;
                        this.runMs = runMs;
                    }
                }
                """),
        ACCESSORS("""
                @Timestamped
                public class Job {
                    private Instant createdAt;
                    private Instant updatedAt;
                    private Instant startedAt;
                    @ActivityTimestamp(touchesUpdatedAt = true) private Instant endedAt;
                    @Duration(start = "startedAt", end = "endedAt") private Long runMs;

                    public Job(Instant createdAt, Instant updatedAt, Instant startedAt, Instant endedAt, Long runMs) {
                        this.createdAt = createdAt;
                        this.updatedAt = updatedAt;
                        this.startedAt = startedAt;
                        this.endedAt = endedAt;
                        this.runMs = runMs;
                    }

                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant v) { createdAt = v; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant v) { updatedAt = v; }
                    public Instant getStartedAt() { return startedAt; }
                    public void setStartedAt(Instant v) { startedAt = v; }
                    public Instant getEndedAt() { return endedAt; }
                    public void setEndedAt(Instant v) { endedAt = v; }
                    public Long getRunMs() { return runMs; }
                    public void setRunMs(Long v) { runMs = v; }
                }
                """),
        RECORD("""
                @Timestamped
                public record Job(Instant createdAt, Instant updatedAt, Instant startedAt,
                        @ActivityTimestamp(touchesUpdatedAt = true) Instant endedAt,
                        @Duration(start = "startedAt", end = "endedAt") Long runMs) {
                }
                """),
        WITHERS("""
                @Timestamped
                public final class Job {
                    private final Instant createdAt;
                    private final Instant updatedAt;
                    private final Instant startedAt;
                    @ActivityTimestamp(touchesUpdatedAt = true) private final Instant endedAt;
                    @Duration(start = "startedAt", end = "endedAt") private final Long runMs;

                    public Job(Instant createdAt, Instant updatedAt, Instant startedAt, Instant endedAt, Long runMs) {
                        this.createdAt = createdAt;
                        this.updatedAt = updatedAt;
                        this.startedAt = startedAt;
                        this.endedAt = endedAt;
                        this.runMs = runMs;
                    }

                    public Instant getCreatedAt() { return createdAt; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public Instant getStartedAt() { return startedAt; }
                    public Instant getEndedAt() { return endedAt; }
                    public Long getRunMs() { return runMs; }
                    public Job withCreatedAt(Instant v) { return new Job(v, updatedAt, startedAt, endedAt, runMs); }
                    public Job withUpdatedAt(Instant v) { return new Job(createdAt, v, startedAt, endedAt, runMs); }
                    public Job withEndedAt(Instant v) { return new Job(createdAt, updatedAt, startedAt, v, runMs); }
                    public Job withRunMs(Long v) { return new Job(createdAt, updatedAt, startedAt, endedAt, v); }
                }
                """);

        final String body;

        Shape(String body) {
            this.body = body;
        }

        TestSource source() {
            return TestSource.of("com.acme.Job", """
                    package com.acme;

                    import io.github.touchstone.ActivityTimestamp;
                    import io.github.touchstone.Duration;
                    import io.github.touchstone.Timestamped;
                    import java.time.Instant;

                    """ + body);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void completeMovesUpdatedAtWhereTheEndsMarkDoes(Shape shape) throws Exception {
        GeneratedClasses classes = Compilations.compileAndLoad(shape.source().file());
        Object job = job(classes, null);

        Object completed = call(classes.timestamps("com.acme.Job", T1), "completeRunMs", job);

        assertEquals(T1, get(completed, "endedAt"));
        assertEquals(T1, get(completed, "updatedAt"), "touchesUpdatedAt holds for complete as for markEndedAt");
        assertEquals(90_500L, get(completed, "runMs"));
        assertEquals(T0, get(completed, "createdAt"));
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void completeOfASetEndOnlyComputes(Shape shape) throws Exception {
        GeneratedClasses classes = Compilations.compileAndLoad(shape.source().file());
        Object job = job(classes, T1);

        Object completed = call(classes.timestamps("com.acme.Job", T1.plusSeconds(60)), "completeRunMs", job);

        assertEquals(T1, get(completed, "endedAt"));
        assertEquals(T0, get(completed, "updatedAt"), "an end already set is not a new activity");
        assertEquals(90_500L, get(completed, "runMs"));
    }

    /**
     * A record without {@code @Timestamped}: its duration's end is field 1 of the runtime's
     * numbering, where a {@code @Timestamped} entity has {@code updatedAt}; completing it must
     * not mistake one for the other (a randomized case found it).
     */
    @org.junit.jupiter.api.Test
    void completeOfARecordWithoutTimestampedSetsItsEnd() throws Exception {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Visit", """
                package com.acme;

                import io.github.touchstone.Duration;
                import java.time.Instant;

                public record Visit(Instant startedAt, Instant endedAt,
                        @Duration(start = "startedAt", end = "endedAt") Long spentMs) {
                }
                """).file());
        Object visit = classes.record("com.acme.Visit", T0, null, null);

        Object completed = call(classes.timestamps("com.acme.Visit", T1), "completeSpentMs", visit);

        assertEquals(T1, get(completed, "endedAt"));
        assertEquals(90_500L, get(completed, "spentMs"));
    }

    /** A job created and started at T0, ended at {@code endedAt}, its duration not stored. */
    private static Object job(GeneratedClasses classes, Instant endedAt) throws ReflectiveOperationException {
        return classes.type("com.acme.Job").getConstructors()[0].newInstance(T0, T0, T0, endedAt, null);
    }
}
