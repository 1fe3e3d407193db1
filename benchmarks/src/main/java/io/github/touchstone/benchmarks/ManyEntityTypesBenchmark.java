package io.github.touchstone.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link TimestampBenchmark} under many entity types: before measuring, each fork drives six entity types
 * ({@link Agent}, {@link AgentSession}, {@link Subscription}, {@link Device} with {@code Long} timestamps,
 * {@link Ticket} with {@code OffsetDateTime}s, and the record {@link Note}) through {@code onCreate}, {@code touch},
 * marks, durations, expiries and {@code validate}, so that every call site in {@code io.github.touchstone.internal}
 * has seen six receiver and value types and is compiled as such (megamorphic). Then it runs every benchmark of
 * {@link TimestampBenchmark}, inherited: a runtime call site that sees many entity types must not make every type
 * slow (SPEC "Build cost").
 */
public class ManyEntityTypesBenchmark extends TimestampBenchmark {
    /** Rounds of the six types before measuring: well past C2's compile thresholds. */
    private static final int ROUNDS = 200_000;

    /** Every operation of six types, many times; the results are checked so none is dead code. */
    @Setup(Level.Trial)
    public void driveSixEntityTypes() {
        Clock clock = Clock.systemUTC();
        AgentTimestamps agents = AgentTimestamps.withClock(clock);
        AgentSessionTimestamps sessions = AgentSessionTimestamps.withClock(clock);
        SubscriptionTimestamps subscriptions = SubscriptionTimestamps.withClock(clock);
        DeviceTimestamps devices = DeviceTimestamps.withClock(clock);
        TicketTimestamps tickets = TicketTimestamps.withClock(clock);
        NoteTimestamps notes = NoteTimestamps.withClock(clock);
        int violations = 0;
        for (int i = 0; i < ROUNDS; i++) {
            Agent a = agents.markLastActiveAt(agents.touch(agents.onCreate(new Agent(i, "a"))));
            AgentSession s = new AgentSession();
            s.startTime = clock.instant().minusSeconds(1);
            sessions.completeExecutionTimeMs(s);
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
}
