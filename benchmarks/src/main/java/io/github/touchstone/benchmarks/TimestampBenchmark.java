package io.github.touchstone.benchmarks;

import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.data.auditing.AuditingHandler;

/**
 * Every operation three ways, side by side: {@code <operation>_generated} (Touchstone's generated helpers on
 * {@code Clock.systemUTC()}), {@code <operation>_handWritten} ({@link HandWrittenTimestamps},
 * {@link HandWrittenValidator}) and, where Spring Data has the operation, {@code <operation>_auditingHandler}
 * ({@link AuditingHandler} via {@link SpringAuditing}). JMH runs benchmarks in name order, so the variants of one
 * operation run one after the other. Average time per call in nanoseconds; {@code touchAll_*} is one call over
 * {@value #BATCH} entities. Run with {@code -prof gc} for bytes allocated per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class TimestampBenchmark {
    /** Entities per {@code touchAll} call. */
    public static final int BATCH = 1_000;

    private AgentTimestamps generated;
    private AgentSessionTimestamps generatedSession;
    private AgentTimestamps generatedValidator;
    private HandWrittenTimestamps handWritten;
    private HandWrittenValidator handWrittenValidator;
    private AuditingHandler auditingHandler;

    private Agent agent;
    private AuditedAgent auditedAgent;
    private AgentSession session;
    private List<Agent> agents;
    private List<AuditedAgent> auditedAgents;
    private Agent validAgent;
    private Agent invalidAgent;

    /** Builds the helpers (each on the system UTC clock) and the entities. */
    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.systemUTC();
        generated = AgentTimestamps.withClock(clock);
        generatedSession = AgentSessionTimestamps.withClock(clock);
        generatedValidator = AgentTimestamps.withClock(clock);
        handWritten = new HandWrittenTimestamps(clock);
        handWrittenValidator = new HandWrittenValidator(clock);
        auditingHandler = SpringAuditing.handler(clock);

        Instant now = clock.instant();
        agent = new Agent(1, "agent");
        auditedAgent = new AuditedAgent(1, "agent");
        session = new AgentSession();
        session.startTime = now.minusSeconds(60);
        agents = new ArrayList<>(BATCH);
        auditedAgents = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            agents.add(generated.onCreate(new Agent(i, "agent-" + i)));
            auditedAgents.add(auditingHandler.markCreated(new AuditedAgent(i, "agent-" + i)));
        }
        validAgent = new Agent(2, "valid");
        validAgent.createdAt = now.minus(Duration.ofHours(1));
        validAgent.updatedAt = now.minus(Duration.ofMinutes(1));
        validAgent.lastActiveAt = now.minusSeconds(1);
        invalidAgent = new Agent(3, "invalid");
        invalidAgent.createdAt = now;
        invalidAgent.updatedAt = now.minus(Duration.ofHours(1)); // BEFORE_CREATED_AT
        invalidAgent.lastActiveAt = now.plus(Duration.ofDays(1)); // IN_FUTURE
        if (!generatedValidator.validate(validAgent).isEmpty() || generatedValidator.validate(invalidAgent).size() != 2
                || !rules(handWrittenValidator.validate(invalidAgent)).equals(rules(generatedValidator.validate(invalidAgent)))
                || !handWrittenValidator.validateAllocationFree(validAgent).isEmpty()
                || handWrittenValidator.validateAllocationFree(invalidAgent).size() != 2) {
            throw new IllegalStateException("the validators disagree with the benchmark's premise");
        }
        // Move the long-lived entities to the old generation now. Otherwise they get there after a few young
        // collections in the middle of a fork, and from then on every store of a new Instant into them takes
        // G1's cross-generation write barrier: touchAll jumps from ~3.5 to ~8.5 µs per batch at a random
        // iteration, in every variant, and the medians compare different regimes.
        System.gc();
        System.gc();
    }

    private static List<String> rules(List<TimestampViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    // onCreate: both timestamps are cleared first, the same way for every variant, so each call sets them.

    /** @return the agent, created */
    @Benchmark
    public Agent onCreate_generated() {
        Agent a = agent;
        a.createdAt = null;
        a.updatedAt = null;
        return generated.onCreate(a);
    }

    /** @return the agent, created */
    @Benchmark
    public Agent onCreate_handWritten() {
        Agent a = agent;
        a.createdAt = null;
        a.updatedAt = null;
        return handWritten.onCreate(a);
    }

    /** @return the agent, created by {@code markCreated} (which also sets the last-modified date) */
    @Benchmark
    public AuditedAgent onCreate_auditingHandler() {
        AuditedAgent a = auditedAgent;
        a.createdAt = null;
        a.updatedAt = null;
        return auditingHandler.markCreated(a);
    }

    /** @return the agent, touched */
    @Benchmark
    public Agent touch_generated() {
        return generated.touch(agent);
    }

    /** @return the agent, touched */
    @Benchmark
    public Agent touch_handWritten() {
        return handWritten.touch(agent);
    }

    /** @return the agent, touched by {@code markModified} */
    @Benchmark
    public AuditedAgent touch_auditingHandler() {
        return auditingHandler.markModified(auditedAgent);
    }

    /** @return the {@value #BATCH} agents, touched with one instant */
    @Benchmark
    public List<Agent> touchAll_generated() {
        return generated.touchAll(agents);
    }

    /** @return the {@value #BATCH} agents, touched with one instant */
    @Benchmark
    public List<Agent> touchAll_handWritten() {
        return handWritten.touchAll(agents);
    }

    /** @return the {@value #BATCH} agents, each touched by its own {@code markModified} (Spring has no batch form) */
    @Benchmark
    public List<AuditedAgent> touchAll_auditingHandler() {
        AuditingHandler handler = auditingHandler;
        for (AuditedAgent a : auditedAgents) {
            handler.markModified(a);
        }
        return auditedAgents;
    }

    /** @return the agent, marked active */
    @Benchmark
    public Agent markLastActiveAt_generated() {
        return generated.markLastActiveAt(agent);
    }

    /** @return the agent, marked active */
    @Benchmark
    public Agent markLastActiveAt_handWritten() {
        return handWritten.markLastActiveAt(agent);
    }

    // completeExecutionTimeMs: the end is cleared first, so each call reads the clock and computes the duration.

    /** @return the session, completed */
    @Benchmark
    public AgentSession completeExecutionTimeMs_generated() {
        AgentSession s = session;
        s.endTime = null;
        return generatedSession.completeExecutionTimeMs(s);
    }

    /** @return the session, completed */
    @Benchmark
    public AgentSession completeExecutionTimeMs_handWritten() {
        AgentSession s = session;
        s.endTime = null;
        return handWritten.completeExecutionTimeMs(s);
    }

    /** @return no violations */
    @Benchmark
    public List<TimestampViolation> validateValid_generated() {
        return generatedValidator.validate(validAgent);
    }

    /** @return no violations */
    @Benchmark
    public List<TimestampViolation> validateValid_handWritten() {
        return handWrittenValidator.validate(validAgent);
    }

    /** @return no violations, computed without allocating (the suggested shape for the generated code) */
    @Benchmark
    public List<TimestampViolation> validateValid_handWrittenAllocFree() {
        return handWrittenValidator.validateAllocationFree(validAgent);
    }

    /** @return two violations */
    @Benchmark
    public List<TimestampViolation> validateInvalid_generated() {
        return generatedValidator.validate(invalidAgent);
    }

    /** @return two violations */
    @Benchmark
    public List<TimestampViolation> validateInvalid_handWritten() {
        return handWrittenValidator.validate(invalidAgent);
    }
}
