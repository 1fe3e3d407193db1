package io.github.touchstone.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import io.github.touchstone.examples.domain.Agent;
import io.github.touchstone.examples.domain.AgentSession;
import io.github.touchstone.examples.service.AgentService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link AgentRepository} promises on any database: what is written reads back equal, to the
 * microsecond, and nothing invalid is written. Each test runs in a transaction that is rolled back.
 */
abstract class AgentRepositoryContract {

    /** Nanoseconds on the clock: the helpers truncate them to MICROS, which the columns keep. */
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final AgentService service = new AgentService(clock);
    private Connection connection;
    private AgentRepository repository;

    /** Opens a connection to the database under test. */
    abstract Connection connect() throws SQLException;

    @BeforeEach
    void open() throws SQLException {
        connection = connect();
        connection.setAutoCommit(false);
        repository = new AgentRepository(connection, clock);
        repository.createTables();
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.rollback();
            connection.close();
        }
    }

    private Instant advance(Duration amount) {
        return clock.advance(amount);
    }

    static void assertSameAgent(Agent expected, Agent actual) {
        assertAll(
                () -> assertEquals(expected.getId(), actual.getId()),
                () -> assertEquals(expected.getName(), actual.getName()),
                () -> assertEquals(expected.getStatus(), actual.getStatus()),
                () -> assertEquals(expected.getCreatedAt(), actual.getCreatedAt(), "createdAt"),
                () -> assertEquals(expected.getUpdatedAt(), actual.getUpdatedAt(), "updatedAt"),
                () -> assertEquals(expected.getLastActiveAt(), actual.getLastActiveAt(), "lastActiveAt"),
                () -> assertEquals(expected.getStoppedAt(), actual.getStoppedAt(), "stoppedAt"));
    }

    static void assertSameSession(AgentSession expected, AgentSession actual) {
        assertAll(
                () -> assertEquals(expected.getId(), actual.getId()),
                () -> assertEquals(expected.getAgentId(), actual.getAgentId()),
                () -> assertEquals(expected.getCreatedAt(), actual.getCreatedAt(), "createdAt"),
                () -> assertEquals(expected.getUpdatedAt(), actual.getUpdatedAt(), "updatedAt"),
                () -> assertEquals(expected.getStartTime(), actual.getStartTime(), "startTime"),
                () -> assertEquals(expected.getEndTime(), actual.getEndTime(), "endTime"),
                () -> assertEquals(expected.getExecutionTimeMs(), actual.getExecutionTimeMs(), "executionTimeMs"));
    }

    @Test
    void aNewAgentReadsBackEqualWithItsNullsStillNull() throws SQLException {
        Agent agent = repository.save(service.register("ada"));
        assertNotNull(agent.getId());
        Agent read = repository.findAgent(agent.getId()).orElseThrow();
        assertSameAgent(agent, read);
        assertEquals(T0.getNano() / 1000 * 1000, read.getCreatedAt().getNano(), "microseconds kept");
        assertNull(read.getLastActiveAt(), "unknown stays null, never 1970");
    }

    @Test
    void updatesReadBackEqualAndCreatedAtNeverMoves() throws SQLException {
        Agent agent = repository.save(service.register("linus"));
        advance(Duration.ofMillis(1500).plusNanos(1));
        repository.save(service.activate(agent));
        advance(Duration.ofMinutes(2).plusNanos(999));
        repository.save(service.stop(agent));

        Agent read = repository.findAgent(agent.getId()).orElseThrow();
        assertSameAgent(agent, read);
        assertEquals(Agent.Status.STOPPED, read.getStatus());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), read.getCreatedAt());
    }

    @Test
    void sessionsReadBackEqualRunningOrCompleted() throws SQLException {
        Agent agent = repository.save(service.register("grace"));
        AgentSession completed = service.startSession(agent);
        repository.save(agent);
        repository.save(completed);
        advance(Duration.ofMillis(2345).plusNanos(200_000));
        repository.save(service.completeSession(completed));
        AgentSession running = repository.save(service.startSession(agent));

        List<AgentSession> read = repository.findSessions(agent.getId());
        assertEquals(2, read.size());
        assertSameSession(completed, read.get(0));
        assertEquals(2345L, read.get(0).getExecutionTimeMs());
        assertSameSession(running, read.get(1));
        assertNull(read.get(1).getEndTime());
        assertNull(read.get(1).getExecutionTimeMs());
        assertSameSession(completed, repository.findSession(completed.getId()).orElseThrow());
    }

    @Test
    void anInvalidAgentIsRefusedBeforeTheDatabase() throws SQLException {
        Agent unregistered = new Agent("ghost");
        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> repository.save(unregistered));
        assertEquals(List.of(Rule.CREATED_AT_MISSING, Rule.UPDATED_AT_MISSING),
                refused.violations().stream().map(v -> v.rule()).toList());
        assertNull(unregistered.getId(), "nothing was inserted");

        Agent agent = repository.save(service.register("ada"));
        Instant stored = agent.getUpdatedAt();
        agent.setUpdatedAt(agent.getCreatedAt().minusSeconds(1));
        assertThrows(TimestampValidationException.class, () -> repository.save(agent));
        assertEquals(stored, repository.findAgent(agent.getId()).orElseThrow().getUpdatedAt(), "nothing was updated");
    }

    @Test
    void aCorruptSessionIsRefusedBeforeTheDatabase() throws SQLException {
        Agent agent = repository.save(service.register("ada"));
        AgentSession session = service.startSession(agent);
        advance(Duration.ofSeconds(2));
        service.completeSession(session);
        session.setExecutionTimeMs(session.getExecutionTimeMs() + 1);
        TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                () -> repository.save(session));
        assertEquals(Rule.DURATION_MISMATCH, refused.violations().get(0).rule());
        assertEquals(List.of(), repository.findSessions(agent.getId()));
    }

    @Test
    void missingRowsAreReportedNotInvented() throws SQLException {
        assertEquals(Optional.empty(), repository.findAgent(-1));
        assertEquals(Optional.empty(), repository.findSession(-1));
        Agent detached = service.register("nobody");
        detached.setId(-1L);
        assertThrows(SQLException.class, () -> repository.save(detached));
    }
}
