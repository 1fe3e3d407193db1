package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.domain.Agent;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the generated JPA listeners promise on any database, through Hibernate: timestamps are set
 * on insert and update from the factory's clock, read back exactly as written, {@code createdAt}
 * never changes (not even through a {@code merge} of a tampered detached copy), and an invalid
 * entity is refused before anything of it is written.
 *
 * <p>One entity manager factory per test class, on a clock that moves only when a test moves it
 * (see {@link JpaTestBase}), so every test knows to the nanosecond what "now" is.
 */
abstract class JpaContract extends JpaTestBase {

    private static final List<String> TIMESTAMP_COLUMNS = List.of(
            "touchstone_jpa_agent.created_at", "touchstone_jpa_agent.updated_at",
            "touchstone_jpa_agent.last_active_at", "touchstone_jpa_agent.stopped_at",
            "touchstone_jpa_session.created_at", "touchstone_jpa_session.updated_at",
            "touchstone_jpa_session.start_time", "touchstone_jpa_session.end_time",
            "touchstone_jpa_task.created_at", "touchstone_jpa_task.updated_at",
            "touchstone_jpa_order.created_at", "touchstone_jpa_order.updated_at",
            "touchstone_jpa_order_line.created_at", "touchstone_jpa_order_line.updated_at",
            "touchstone_jpa_member.created_at", "touchstone_jpa_member.updated_at",
            "touchstone_jpa_member.last_seen_at", "touchstone_jpa_member.last_login_at");

    final AgentEntityTimestamps agents = AgentEntityTimestamps.withClock(clock);
    final SessionEntityTimestamps sessions = SessionEntityTimestamps.withClock(clock);

    // ---------------------------------------------------------------------------------------------
    // helpers

    AgentEntity reloadAgent(long id) {
        return fresh(em -> em.find(AgentEntity.class, id));
    }

    SessionEntity reloadSession(long id) {
        return fresh(em -> em.find(SessionEntity.class, id));
    }

    TaskEntity reloadTask(long id) {
        return fresh(em -> em.find(TaskEntity.class, id));
    }

    /**
     * Runs {@code write}, which must fail, and finds the {@link TimestampValidationException} in what
     * it threw: Hibernate passes it on as it is from {@code persist}, but wraps it (in a
     * {@code RollbackException}) when it comes from a flush at commit.
     */
    static TimestampValidationException refused(Executable write) {
        try {
            write.execute();
        } catch (Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimestampValidationException refusal) {
                    return refusal;
                }
            }
            throw new AssertionError("expected a TimestampValidationException in the cause chain", thrown);
        }
        return fail("expected a TimestampValidationException, nothing was thrown");
    }

    static List<String> violations(TimestampValidationException refusal) {
        List<String> violations = new ArrayList<>();
        for (TimestampViolation violation : refusal.violations()) {
            violations.add(violation.field() + " " + violation.rule());
        }
        return violations;
    }

    static void assertSameAgent(AgentEntity expected, AgentEntity actual) {
        assertAll(
                () -> assertEquals(expected.getId(), actual.getId()),
                () -> assertEquals(expected.getName(), actual.getName()),
                () -> assertEquals(expected.getStatus(), actual.getStatus()),
                () -> assertEquals(expected.getCreatedAt(), actual.getCreatedAt(), "createdAt"),
                () -> assertEquals(expected.getUpdatedAt(), actual.getUpdatedAt(), "updatedAt"),
                () -> assertEquals(expected.getLastActiveAt(), actual.getLastActiveAt(), "lastActiveAt"),
                () -> assertEquals(expected.getStoppedAt(), actual.getStoppedAt(), "stoppedAt"));
    }

    static void assertSameSession(SessionEntity expected, SessionEntity actual) {
        assertAll(
                () -> assertEquals(expected.getId(), actual.getId()),
                () -> assertEquals(expected.getAgent().getId(), actual.getAgent().getId()),
                () -> assertEquals(expected.getCreatedAt(), actual.getCreatedAt(), "createdAt"),
                () -> assertEquals(expected.getUpdatedAt(), actual.getUpdatedAt(), "updatedAt"),
                () -> assertEquals(expected.getStartTime(), actual.getStartTime(), "startTime"),
                () -> assertEquals(expected.getEndTime(), actual.getEndTime(), "endTime"),
                () -> assertEquals(expected.getExecutionTimeMs(), actual.getExecutionTimeMs(), "executionTimeMs"));
    }

    AgentEntity persistAgent(String name) {
        return inTransaction(em -> {
            AgentEntity agent = new AgentEntity(name);
            em.persist(agent);
            return agent;
        });
    }

    /**
     * A session started now: created in memory first (the listener's {@code onCreate} keeps that
     * {@code createdAt}), so its start is never earlier than its creation, whatever the clock does.
     */
    SessionEntity persistStartedSession(AgentEntity agent) {
        return inTransaction(em -> {
            AgentEntity managed = em.find(AgentEntity.class, agent.getId());
            SessionEntity session = sessions.markStartTime(sessions.onCreate(new SessionEntity(managed)));
            em.persist(session);
            return session;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // the mapping

    @Test
    void everyTimestampColumnIsTimestampWithTimeZoneOfMicroseconds() throws SQLException {
        try (Connection connection = jdbc()) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String qualified : TIMESTAMP_COLUMNS) {
                String table = identifier(metadata, qualified.substring(0, qualified.indexOf('.')));
                String column = identifier(metadata, qualified.substring(qualified.indexOf('.') + 1));
                try (ResultSet columns = metadata.getColumns(null, null, table, column)) {
                    assertTrue(columns.next(), () -> "no column " + qualified);
                    String type = columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    assertTrue(type.equals("timestamptz") || type.equals("timestamp with time zone"),
                            () -> qualified + " is " + type);
                    assertEquals(6, columns.getInt("DECIMAL_DIGITS"), () -> qualified + ": fractional digits");
                }
            }
        }
    }

    private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    // ---------------------------------------------------------------------------------------------
    // insert, update, read back

    @Test
    void persistSetsCreatedAtAndUpdatedAtToOneInstantOfTheClockTruncatedToMicros() {
        AgentEntity agent = persistAgent("ada");
        assertNotNull(agent.getId());
        assertEquals(micros(T0), agent.getCreatedAt(), "the factory's clock, not the system's");
        assertEquals(agent.getCreatedAt(), agent.getUpdatedAt());

        AgentEntity read = reloadAgent(agent.getId());
        assertSameAgent(agent, read);
        assertEquals(T0.getNano() / 1000 * 1000, read.getCreatedAt().getNano(), "microseconds kept");
        assertNull(read.getLastActiveAt(), "unknown stays null, never 1970");
        assertNull(read.getStoppedAt(), "unknown stays null, never 1970");
    }

    @Test
    void updatedAtMovesOnEveryUpdateAndCreatedAtNever() throws SQLException {
        long id = persistAgent("linus").getId();

        Instant t1 = advance(Duration.ofMillis(1500).plusNanos(1));
        write(em -> em.find(AgentEntity.class, id).setName("linus t."));
        AgentEntity afterFirst = reloadAgent(id);
        assertEquals(micros(T0), afterFirst.getCreatedAt());
        assertEquals(micros(t1), afterFirst.getUpdatedAt());

        Instant t2 = advance(Duration.ofMinutes(2).plusNanos(999));
        write(em -> {
            AgentEntity agent = em.find(AgentEntity.class, id);
            agents.markStoppedAt(agent);
            agent.setStatus(Agent.Status.STOPPED);
        });
        AgentEntity afterSecond = reloadAgent(id);
        assertEquals(micros(T0), afterSecond.getCreatedAt());
        assertEquals(micros(t2), afterSecond.getUpdatedAt());
        assertEquals(micros(t2), afterSecond.getStoppedAt());
        assertEquals(micros(T0), column("touchstone_jpa_agent", "created_at", id), "in the table too");

        advance(Duration.ofMinutes(1));
        write(em -> em.find(AgentEntity.class, id).getName());
        assertEquals(micros(t2), reloadAgent(id).getUpdatedAt(), "no change, no update: updatedAt stays");
    }

    @Test
    void everyTimestampReadsBackExactlyAsWritten() {
        AgentEntity agent = persistAgent("grace");
        Instant activeAt = advance(Duration.ofMillis(250).plusNanos(777));
        write(em -> agents.markLastActiveAt(em.find(AgentEntity.class, agent.getId())));
        AgentEntity active = reloadAgent(agent.getId());
        assertEquals(micros(activeAt), active.getLastActiveAt());
        assertEquals(micros(activeAt), active.getUpdatedAt(),
                "the listener cannot tell activity from other changes: every update touches updatedAt");

        SessionEntity session = persistStartedSession(agent);
        Instant end = advance(Duration.ofMillis(2345).plusNanos(200_456));
        SessionEntity completed = inTransaction(em -> sessions.completeExecutionTimeMs(
                em.find(SessionEntity.class, session.getId())));
        SessionEntity running = persistStartedSession(agent);

        AgentEntity readAgent = reloadAgent(agent.getId());
        assertSameAgent(active, readAgent);

        SessionEntity readCompleted = reloadSession(session.getId());
        assertSameSession(completed, readCompleted);
        assertEquals(micros(end), readCompleted.getEndTime());
        assertEquals(micros(end), readCompleted.getUpdatedAt(), "completing is an update: touched at the end");
        assertEquals(Duration.between(readCompleted.getStartTime(), readCompleted.getEndTime()).toMillis(),
                readCompleted.getExecutionTimeMs());

        SessionEntity readRunning = reloadSession(running.getId());
        assertSameSession(running, readRunning);
        assertNull(readRunning.getEndTime());
        assertNull(readRunning.getExecutionTimeMs());
    }

    @Test
    void mergeOfADetachedCopyNeverOverwritesCreatedAt() throws SQLException {
        long id = persistAgent("ada").getId();
        AgentEntity detached = reloadAgent(id);
        Instant original = detached.getCreatedAt();

        // an earlier createdAt breaks no validation rule: only the mapping can keep it out of the table
        detached.setCreatedAt(original.minus(Duration.ofDays(365)));
        detached.setName("ada l.");
        Instant t1 = advance(Duration.ofSeconds(30).plusNanos(5_000));
        AgentEntity merged = inTransaction(em -> em.merge(detached));
        assertEquals(original.minus(Duration.ofDays(365)), merged.getCreatedAt(),
                "in memory the merged copy keeps what it was given ...");

        AgentEntity read = reloadAgent(id);
        assertEquals(original, read.getCreatedAt(), "... but the table keeps the original: updatable = false");
        assertEquals(original, column("touchstone_jpa_agent", "created_at", id));
        assertEquals("ada l.", read.getName(), "the rest of the merge was written");
        assertEquals(micros(t1), read.getUpdatedAt(), "and touched");

        // a copy whose only change is its createdAt is not even dirty: nothing is written
        AgentEntity onlyCreatedAt = reloadAgent(id);
        onlyCreatedAt.setCreatedAt(original.minus(Duration.ofDays(1)));
        advance(Duration.ofSeconds(30));
        write(em -> em.merge(onlyCreatedAt));
        assertSameAgent(read, reloadAgent(id));
    }

    @Test
    void mergeOfACopyWithoutCreatedAtIsRefused() throws SQLException {
        AgentEntity stored = persistAgent("ada");
        AgentEntity detached = reloadAgent(stored.getId());
        detached.setCreatedAt(null);
        detached.setName("nobody");
        advance(Duration.ofSeconds(1));

        TimestampValidationException refusal = refused(() -> write(em -> em.merge(detached)));
        assertEquals(List.of("createdAt CREATED_AT_MISSING"), violations(refusal), refusal.getMessage());
        assertSameAgent(stored, reloadAgent(stored.getId()));
        assertEquals(1, rows("touchstone_jpa_agent"));
    }

    // ---------------------------------------------------------------------------------------------
    // invalid entities never reach the table

    @Test
    void anAgentCreatedInTheFutureIsRefusedAndNothingOfItIsWritten() throws SQLException {
        AgentEntity agent = new AgentEntity("from the future");
        agent.setCreatedAt(T0.plus(Duration.ofHours(1)));

        TimestampValidationException refusal = refused(() -> write(em -> em.persist(agent)));
        assertEquals(List.of("createdAt IN_FUTURE", "updatedAt IN_FUTURE"), violations(refusal), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("createdAt"), refusal.getMessage());
        long counted = fresh(em -> em.createQuery("select count(a) from AgentEntity a", Long.class).getSingleResult());
        assertEquals(0, counted, "a fresh entity manager finds nothing");
        assertEquals(0, rows("touchstone_jpa_agent"));
    }

    @Test
    void aSessionWhoseStoredDurationDoesNotMatchIsRefusedOnInsert() throws SQLException {
        AgentEntity agent = persistAgent("ada");
        // created in memory when it starts, stored later (the listener's onCreate keeps createdAt)
        SessionEntity session = sessions.markStartTime(sessions.onCreate(new SessionEntity(agent)));
        advance(Duration.ofSeconds(2));
        session.setEndTime(session.getStartTime().plusMillis(1500));
        session.setExecutionTimeMs(1000L);

        TimestampValidationException refusal = refused(() -> write(em -> em.persist(session)));
        assertEquals(List.of("executionTimeMs DURATION_MISMATCH"), violations(refusal), refusal.getMessage());
        assertEquals(0, rows("touchstone_jpa_session"));
    }

    @Test
    void aSessionEndingBeforeItStartsIsRefusedAndItsWholeTransactionRollsBack() throws SQLException {
        TimestampValidationException refusal = refused(() -> write(em -> {
            AgentEntity agent = new AgentEntity("ada");
            em.persist(agent); // an identity id: this insert has run when the session is refused
            SessionEntity session = sessions.markStartTime(new SessionEntity(agent));
            session.setEndTime(session.getStartTime().minusSeconds(1));
            em.persist(session);
        }));
        assertTrue(violations(refusal).contains("endTime END_BEFORE_START"), refusal.getMessage());
        assertEquals(0, rows("touchstone_jpa_session"));
        assertEquals(0, rows("touchstone_jpa_agent"), "the agent's insert was rolled back with it");
    }

    @Test
    void anUpdateThatBreaksAStoredSessionIsRefusedAtCommitAndTheRowStaysAsItWas() throws SQLException {
        AgentEntity agent = persistAgent("ada");
        SessionEntity running = persistStartedSession(agent);
        advance(Duration.ofSeconds(2));

        TimestampValidationException refusal = refused(() -> write(em -> {
            SessionEntity session = sessions.completeExecutionTimeMs(em.find(SessionEntity.class, running.getId()));
            session.setExecutionTimeMs(session.getExecutionTimeMs() + 1);
        }));
        assertEquals(List.of("executionTimeMs DURATION_MISMATCH"), violations(refusal), refusal.getMessage());
        SessionEntity read = reloadSession(running.getId());
        assertSameSession(running, read);
        assertNull(read.getEndTime());
        assertEquals(micros(T0), column("touchstone_jpa_session", "updated_at", running.getId()));
    }

    @Test
    void activityMarkedBeforeTheInsertMustNotPredateCreatedAt() throws SQLException {
        AgentEntity agent = persistAgent("ada");
        SessionEntity markedFirst = sessions.markStartTime(new SessionEntity(agent));
        advance(Duration.ofNanos(1_000)); // the microsecond between marking and persisting

        TimestampValidationException refusal = refused(() -> write(em -> em.persist(markedFirst)));
        assertEquals(List.of("startTime BEFORE_CREATED_AT"), violations(refusal), refusal.getMessage());
        assertEquals(0, rows("touchstone_jpa_session"));

        SessionEntity createdFirst = sessions.markStartTime(sessions.onCreate(new SessionEntity(agent)));
        advance(Duration.ofNanos(1_000));
        write(em -> em.persist(createdFirst));
        assertSameSession(createdFirst, reloadSession(createdFirst.getId()));
    }

    // ---------------------------------------------------------------------------------------------
    // the mapped superclass

    @Test
    void theMappedSuperclassListenerServesItsSubclass() {
        TaskEntity task = inTransaction(em -> {
            TaskEntity created = new TaskEntity("write the docs");
            em.persist(created);
            return created;
        });
        assertEquals(micros(T0), task.getCreatedAt());
        assertEquals(micros(T0), task.getUpdatedAt());

        Instant t1 = advance(Duration.ofMillis(42).plusNanos(42));
        write(em -> em.find(TaskEntity.class, task.getId()).setDone(true));
        TaskEntity read = reloadTask(task.getId());
        assertTrue(read.isDone());
        assertEquals(micros(T0), read.getCreatedAt());
        assertEquals(micros(t1), read.getUpdatedAt());
    }

    // ---------------------------------------------------------------------------------------------
    // why precision matters

    @Test
    void aValueWrittenWithNanosecondsComesBackRoundedButTouchstonesComeBackEqual() throws SQLException {
        Instant raw = Instant.parse("2026-03-01T12:00:00.1234567Z");
        long id;
        try (Connection connection = jdbc();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO touchstone_jpa_task"
                        + " (title, done, created_at, updated_at) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "written raw");
            insert.setBoolean(2, false);
            insert.setObject(3, raw.atOffset(ZoneOffset.UTC));
            insert.setObject(4, raw.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong("id");
            }
        }
        TaskEntity rawRead = reloadTask(id);
        assertNotEquals(raw, rawRead.getCreatedAt(), "the column keeps microseconds");
        assertEquals(Instant.parse("2026-03-01T12:00:00.123457Z"), rawRead.getCreatedAt(),
                "rounded, not truncated: the value read is later than the value written");

        clock.set(raw.plusNanos(89)); // 12:00:00.123456789
        TaskEntity touchstone = inTransaction(em -> {
            TaskEntity task = new TaskEntity("written by Touchstone");
            em.persist(task);
            return task;
        });
        assertEquals(Instant.parse("2026-03-01T12:00:00.123456Z"), touchstone.getCreatedAt());
        assertEquals(touchstone.getCreatedAt(), reloadTask(touchstone.getId()).getCreatedAt());
    }
}
