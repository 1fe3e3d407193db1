package io.github.touchstone.examples.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.examples.MutableClock;
import io.github.touchstone.examples.domain.Agent;
import io.github.touchstone.examples.domain.AgentSession;
import io.github.touchstone.examples.domain.AgentSessionTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifecycle of agents and sessions through {@link AgentService}, on a test clock. */
class AgentServiceTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant T0_MICROS = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final AgentService service = new AgentService(clock);

    /** Moves the clock on; returns the new now as the helpers write it, truncated to MICROS. */
    private Instant advance(Duration amount) {
        return clock.advance(amount).truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void registerSetsCreatedAndUpdatedAtToOneInstantTruncatedToMicros() {
        Agent agent = service.register("ada");
        assertAll(
                () -> assertEquals("ada", agent.getName()),
                () -> assertEquals(Agent.Status.REGISTERED, agent.getStatus()),
                () -> assertEquals(T0_MICROS, agent.getCreatedAt()),
                () -> assertEquals(T0_MICROS, agent.getUpdatedAt()),
                () -> assertNull(agent.getLastActiveAt(), "never active: unknown, not 1970"),
                () -> assertNull(agent.getStoppedAt()));
    }

    @Test
    void createdAtNeverChangesWhileUpdatedAtMoves() {
        Agent agent = service.register("ada");
        Instant t1 = advance(Duration.ofMinutes(1));
        service.activate(agent);
        assertEquals(t1, agent.getUpdatedAt());
        advance(Duration.ofMinutes(1));
        service.startSession(agent);
        Instant t3 = advance(Duration.ofMinutes(1));
        service.stop(agent);
        assertEquals(T0_MICROS, agent.getCreatedAt());
        assertEquals(t3, agent.getUpdatedAt());
    }

    @Test
    void firstActivationIsADataChangeLaterOnesOnlyActivity() {
        Agent agent = service.register("ada");
        Instant t1 = advance(Duration.ofSeconds(10));
        service.activate(agent);
        assertEquals(Agent.Status.ACTIVE, agent.getStatus());
        assertEquals(t1, agent.getLastActiveAt());
        assertEquals(t1, agent.getUpdatedAt());

        Instant t2 = advance(Duration.ofSeconds(10));
        assertSame(agent, service.activate(agent));
        assertEquals(t2, agent.getLastActiveAt(), "activity is recorded every time");
        assertEquals(t1, agent.getUpdatedAt(), "but is not a data change");
    }

    @Test
    void oneOperationReadsTheClockOnce() {
        MutableClock ticking = MutableClock.ticking(T0, Duration.ofMillis(1));
        AgentService ticked = new AgentService(ticking);
        Agent agent = ticked.register("ada");
        assertEquals(agent.getCreatedAt(), agent.getUpdatedAt());
        ticked.activate(agent);
        assertEquals(agent.getLastActiveAt(), agent.getUpdatedAt());
        ticked.stop(agent);
        assertEquals(agent.getStoppedAt(), agent.getUpdatedAt());
    }

    @Test
    void startSessionGivesAgentAndSessionOneInstantEvenOnATickingClock() {
        MutableClock ticking = MutableClock.ticking(T0, Duration.ofMillis(1));
        AgentService ticked = new AgentService(ticking);
        Agent agent = ticked.register("grace");
        agent.setId(7L);
        Instant registered = agent.getCreatedAt();

        AgentSession session = ticked.startSession(agent);
        Instant started = session.getStartTime();
        assertTrue(started.isAfter(registered));
        assertAll(
                () -> assertEquals(7L, session.getAgentId()),
                () -> assertEquals(Agent.Status.ACTIVE, agent.getStatus()),
                () -> assertEquals(started, session.getCreatedAt()),
                () -> assertEquals(started, session.getUpdatedAt()),
                () -> assertEquals(started, agent.getLastActiveAt()),
                () -> assertEquals(started, agent.getUpdatedAt(), "status changed: touched at the same instant"),
                () -> assertEquals(registered, agent.getCreatedAt()));
    }

    @Test
    void startSessionOfAnActiveAgentMarksActivityWithoutTouchingIt() {
        Agent agent = service.register("ada");
        Instant t1 = advance(Duration.ofSeconds(1));
        service.activate(agent);
        Instant t2 = advance(Duration.ofSeconds(1));
        AgentSession session = service.startSession(agent);
        assertEquals(t2, session.getStartTime());
        assertEquals(t2, agent.getLastActiveAt());
        assertEquals(t1, agent.getUpdatedAt());
    }

    @Test
    void stopIsOnceOnly() {
        Agent agent = service.register("linus");
        Instant t1 = advance(Duration.ofHours(1));
        service.stop(agent);
        assertEquals(Agent.Status.STOPPED, agent.getStatus());
        assertEquals(t1, agent.getStoppedAt());
        assertEquals(t1, agent.getUpdatedAt());

        advance(Duration.ofHours(1));
        assertSame(agent, service.stop(agent));
        assertEquals(t1, agent.getStoppedAt(), "stoppedAt is immutable once set");
        assertEquals(t1, agent.getUpdatedAt(), "a refused stop changes nothing at all");
    }

    @Test
    void aStoppedAgentCannotBeActivatedNorStartASession() {
        Agent agent = service.stop(service.register("linus"));
        advance(Duration.ofMinutes(5));
        assertThrows(IllegalStateException.class, () -> service.activate(agent));
        assertThrows(IllegalStateException.class, () -> service.startSession(agent));
        assertNull(agent.getLastActiveAt());
        assertEquals(T0_MICROS, agent.getUpdatedAt());
    }

    @Test
    void completeSessionStoresEndMinusStartInMillis() {
        AgentSession session = service.startSession(service.register("ada"));
        Instant end = advance(Duration.ofMillis(1234).plusNanos(500_000));

        assertSame(session, service.completeSession(session));
        assertAll(
                () -> assertEquals(T0_MICROS, session.getStartTime()),
                () -> assertEquals(end, session.getEndTime()),
                () -> assertEquals(1234L, session.getExecutionTimeMs(), "1234.5 ms, truncated to MILLIS"),
                () -> assertEquals(end, session.getUpdatedAt(), "completing is a data change, at the same instant"),
                () -> assertEquals(T0_MICROS, session.getCreatedAt()));
    }

    /**
     * The contract: a stored duration is {@code end - start} truncated to its unit. The generated code
     * computes {@code ChronoUnit.MILLIS.between(start, end)}, which on JDK 17 is
     * {@code end.toEpochMilli() - start.toEpochMilli()}: 1234.568 ms is stored as 1235.
     */
    @Test
    void completeSessionTruncatesTheDifferenceNotTheEnds() {
        AgentSession session = service.startSession(service.register("ada"));
        advance(Duration.ofMillis(1234).plusNanos(567_891));
        service.completeSession(session);
        assertEquals(Duration.between(session.getStartTime(), session.getEndTime()).toMillis(),
                session.getExecutionTimeMs());
    }

    @Test
    void aRunningSessionHasNoDurationYetAndNothingThrows() {
        AgentSession session = service.startSession(service.register("ada"));
        advance(Duration.ofSeconds(3));
        AgentSessionTimestamps helper = AgentSessionTimestamps.withClock(clock);
        assertNull(session.getEndTime());
        assertEquals(Optional.empty(), helper.executionTimeMs(session), "a null end is no duration, not a zero");
        assertEquals(Optional.of(Duration.ofSeconds(3)), service.runningTime(session));
        assertNull(helper.computeExecutionTimeMs(session).getExecutionTimeMs());
    }

    @Test
    void completingASessionThatNeverStartedSetsTheEndButNoDuration() {
        AgentSession session = AgentSessionTimestamps.withClock(clock).onCreate(new AgentSession(1L));
        Instant t1 = advance(Duration.ofSeconds(2));
        service.completeSession(session);
        assertNull(session.getStartTime());
        assertEquals(t1, session.getEndTime());
        assertNull(session.getExecutionTimeMs(), "no start: the duration stays unknown");
        assertEquals(Optional.empty(), service.runningTime(session));
    }

    @Test
    void completeSessionRefusesAnEndBeforeTheStart() {
        AgentSession session = service.startSession(service.register("ada"));
        session.setEndTime(T0_MICROS.minusSeconds(1));
        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> service.completeSession(session));
        assertTrue(refused.violations().stream().map(TimestampViolation::rule).toList()
                .contains(TimestampViolation.Rule.END_BEFORE_START), refused.getMessage());
    }

    @Test
    void theClockIsRequired() {
        assertThrows(NullPointerException.class, () -> new AgentService(null));
    }
}
