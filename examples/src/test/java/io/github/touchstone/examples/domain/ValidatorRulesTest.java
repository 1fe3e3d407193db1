package io.github.touchstone.examples.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated validators of {@link Agent} and {@link AgentSession} on corrupt data. */
class ValidatorRulesTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final AgentTimestamps agents = AgentTimestamps.withClock(clock);
    private final AgentSessionTimestamps sessions = AgentSessionTimestamps.withClock(clock);

    private static List<Rule> rules(List<TimestampViolation> violations) {
        return violations.stream().map(TimestampViolation::rule).toList();
    }

    private static Agent agent(Instant createdAt, Instant updatedAt) {
        Agent agent = new Agent("ada");
        agent.createdAt = createdAt;
        agent.updatedAt = updatedAt;
        return agent;
    }

    private static AgentSession session(Instant start, Instant end, Long executionTimeMs) {
        AgentSession session = new AgentSession(1L);
        session.createdAt = T0.minusSeconds(60);
        session.updatedAt = T0.minusSeconds(60);
        session.startTime = start;
        session.endTime = end;
        session.executionTimeMs = executionTimeMs;
        return session;
    }

    @Test
    void aValidEntityPassesAndCheckReturnsIt() {
        Agent agent = agent(T0.minusSeconds(10), T0);
        assertEquals(List.of(), agents.validate(agent));
        assertSame(agent, agents.check(agent));
        AgentSession session = session(T0.minusSeconds(30), T0, 30_000L);
        assertSame(session, sessions.check(session));
    }

    @Test
    void missingLifecycleTimestamps() {
        assertEquals(List.of(Rule.CREATED_AT_MISSING, Rule.UPDATED_AT_MISSING), rules(agents.validate(new Agent("x"))));
    }

    @Test
    void inTheFutureBeyondFiveSeconds() {
        assertEquals(List.of(), agents.validate(agent(T0, T0.plusSeconds(5))), "PT5S of clock skew is tolerated");
        List<TimestampViolation> violations = agents.validate(agent(T0, T0.plusSeconds(6)));
        assertEquals(List.of(Rule.IN_FUTURE), rules(violations));
        assertEquals("updatedAt", violations.get(0).field());
    }

    @Test
    void updatesAndActivityBeforeCreation() {
        Agent agent = agent(T0, T0.minusMillis(1));
        agent.lastActiveAt = T0.minusSeconds(1);
        agent.stoppedAt = T0;
        List<TimestampViolation> violations = agents.validate(agent);
        assertEquals(List.of(Rule.BEFORE_CREATED_AT, Rule.BEFORE_CREATED_AT), rules(violations));
        assertEquals(List.of("updatedAt", "lastActiveAt"), violations.stream().map(TimestampViolation::field).toList());
    }

    @Test
    void endBeforeStart() {
        assertEquals(List.of(Rule.END_BEFORE_START), rules(sessions.validate(session(T0, T0.minusMillis(1), null))));
    }

    @Test
    void storedDurationThatDoesNotMatchItsInterval() {
        List<TimestampViolation> violations = sessions.validate(session(T0.minusSeconds(2), T0, 2001L));
        assertEquals(List.of(Rule.DURATION_MISMATCH), rules(violations));
        assertTrue(violations.get(0).message().contains("2001") && violations.get(0).message().contains("2000"),
                violations.get(0).message());
    }

    @Test
    void storedDurationWithoutAnInterval() {
        assertEquals(List.of(Rule.DURATION_WITHOUT_INTERVAL), rules(sessions.validate(session(T0, null, 0L))),
                "a zero is a value: without an end there is no duration to store");
        assertEquals(List.of(), sessions.validate(session(T0, null, null)), "a running session is fine");
    }

    @Test
    void checkNamesEveryViolation() {
        AgentSession corrupt = session(T0, T0.minusSeconds(1), 5000L);
        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> sessions.check(corrupt));
        assertEquals(List.of(Rule.END_BEFORE_START, Rule.DURATION_MISMATCH), rules(refused.violations()));
        assertTrue(refused.getMessage().startsWith("2 timestamp violations"), refused.getMessage());
    }

    @Test
    void nullEntitiesAreRefusedClearly() {
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> agents.validate(null));
        assertTrue(thrown.getMessage().contains("agent"), thrown.getMessage());
    }
}
