package io.github.touchstone.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * The shared runtime under many entity types: before measuring, each fork drives six entity types ({@link Agent},
 * {@link AgentSession}, {@link Subscription}, {@link Device} with {@code Long} timestamps, {@link Ticket} with
 * {@code OffsetDateTime}s, and the record {@link Note}) through {@code onCreate}, {@code touch}, marks, durations,
 * expiries and {@code validate}, so that every call site in {@code io.github.touchstone.internal} has seen six
 * receiver and value types and is compiled as such (megamorphic). Then it measures the same operations on
 * {@code Agent} as {@link TimestampBenchmark} does, generated against hand-written: a runtime call site that sees
 * many entity types must not make every type slow (SPEC "Build cost").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ManyEntityTypesBenchmark {
    /** Rounds of the six types before measuring: well past C2's compile thresholds. */
    private static final int POLLUTION_ROUNDS = 200_000;

    private AgentTimestamps generated;
    private HandWrittenTimestamps handWritten;
    private HandWrittenValidator handWrittenValidator;
    private Agent agent;
    private Agent validAgent;

    /** Drives every type through the runtime, then builds the helpers and entities that are measured. */
    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.systemUTC();
        pollute(clock);
        generated = AgentTimestamps.withClock(clock);
        handWritten = new HandWrittenTimestamps(clock);
        handWrittenValidator = new HandWrittenValidator(clock);
        agent = new Agent(1, "agent");
        Instant now = clock.instant();
        validAgent = new Agent(2, "valid");
        validAgent.createdAt = now.minus(Duration.ofHours(1));
        validAgent.updatedAt = now.minus(Duration.ofMinutes(1));
        validAgent.lastActiveAt = now.minusSeconds(1);
        if (!generated.validate(validAgent).isEmpty()) {
            throw new IllegalStateException("the valid agent is not valid");
        }
    }

    /** Every operation of six types, many times; the results are checked so none is dead code. */
    private static void pollute(Clock clock) {
        AgentTimestamps agents = AgentTimestamps.withClock(clock);
        AgentSessionTimestamps sessions = AgentSessionTimestamps.withClock(clock);
        SubscriptionTimestamps subscriptions = SubscriptionTimestamps.withClock(clock);
        DeviceTimestamps devices = DeviceTimestamps.withClock(clock);
        TicketTimestamps tickets = TicketTimestamps.withClock(clock);
        NoteTimestamps notes = NoteTimestamps.withClock(clock);
        int violations = 0;
        for (int i = 0; i < POLLUTION_ROUNDS; i++) {
            Agent a = agents.markLastActiveAt(agents.touch(agents.onCreate(new Agent(i, "a"))));
            AgentSession s = new AgentSession();
            s.startTime = clock.instant().minusSeconds(1);
            sessions.completeExecutionTimeMs(sessions.onCreate(s));
            Subscription sub = subscriptions.expireIn(subscriptions.onCreate(new Subscription()), Duration.ofDays(1));
            Device d = devices.markSeenAt(devices.onCreate(new Device()));
            Ticket t = tickets.onCreate(new Ticket());
            t.openedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
            tickets.completeHandlingMs(t);
            Note n = notes.markReadAt(notes.touch(notes.onCreate(new Note("n", null, null, null))));
            violations += agents.validate(a).size() + sessions.validate(s).size() + subscriptions.validate(sub).size()
                    + devices.validate(d).size() + tickets.validate(t).size() + notes.validate(n).size();
            violations += subscriptions.isExpired(sub) ? 1 : 0;
            violations += agents.touchAll(List.of(a)).size() - 1 + notes.touchAll(List.of(n)).size() - 1;
            violations += devices.age(d).isEmpty() || notes.sinceLastUpdate(n).isEmpty() ? 1 : 0;
        }
        if (violations != 0) {
            throw new IllegalStateException(violations + " violations while driving the six types");
        }
    }

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

    /** @return the agent, marked */
    @Benchmark
    public Agent markLastActiveAt_generated() {
        return generated.markLastActiveAt(agent);
    }

    /** @return the agent, marked */
    @Benchmark
    public Agent markLastActiveAt_handWritten() {
        return handWritten.markLastActiveAt(agent);
    }

    /** @return the violations of a valid agent: none */
    @Benchmark
    public Object validateValid_generated() {
        return generated.validate(validAgent);
    }

    /** @return the violations of a valid agent: none */
    @Benchmark
    public Object validateValid_handWritten() {
        return handWrittenValidator.validate(validAgent);
    }
}
