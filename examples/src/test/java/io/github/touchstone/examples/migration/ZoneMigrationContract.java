package io.github.touchstone.examples.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.examples.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows an application wrote as Europe/Paris wall time ({@code LocalDateTime.now()} on a JVM in
 * Paris, into {@code timestamp} columns without time zone), moved to Touchstone: read as UTC they
 * are an hour or two off and refused; after the SQL migration of {@code migration/<database>/} they
 * read back as the instants the application meant, pass the generated validator, and go on being
 * touched by the generated listener. Both ways are tested: to {@code timestamp with time zone} and
 * {@link Reservation}'s {@code Instant}s (recommended), or to UTC wall time in the same columns and
 * {@link Visit}'s {@code LocalDateTime}s.
 *
 * <p>Every script runs on a session whose time zone is America/New_York, neither Paris nor UTC:
 * the migrations must not depend on it.
 */
abstract class ZoneMigrationContract {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** When the migration runs: summer, Paris is at UTC+2. */
    static final Instant NOW = Instant.parse("2026-07-15T10:00:00Z");

    /** A row as the application meant it: instants, written as Paris wall time. */
    record Row(String guest, Instant createdAt, Instant updatedAt, Instant checkedInAt) {
    }

    static final List<Row> ROWS = List.of(
            // created in winter (UTC+1), updated before summer time
            new Row("winter", Instant.parse("2026-01-15T09:00:00.123456Z"), Instant.parse("2026-02-01T17:45:00Z"), null),
            // created yesterday, updated a second and a half ago
            new Row("summer", Instant.parse("2026-07-14T18:30:00Z"), Instant.parse("2026-07-15T09:59:58.500Z"),
                    Instant.parse("2026-07-15T08:00:00Z")),
            // created half an hour ago
            new Row("recent", Instant.parse("2026-07-15T09:30:00Z"), Instant.parse("2026-07-15T09:30:00Z"), null));

    /**
     * 02:30 on 26 October 2025 happened twice in Paris: at 00:30Z in summer time, then at 01:30Z
     * after the clocks went back. A row written during the second pass holds the same wall time as
     * one written during the first.
     */
    static final Row AMBIGUOUS = new Row("autumn", Instant.parse("2025-10-25T12:00:00Z"),
            Instant.parse("2025-10-26T01:30:00Z"), null);

    final MutableClock clock = MutableClock.at(NOW);
    MigrationDatabase db;

    /** The database under test. */
    abstract MigrationDatabase database();

    /** The instant the database makes of {@link #AMBIGUOUS}'s {@code updatedAt}, the wall time 02:30. */
    abstract Instant ambiguousWallTimeReadAs();

    @BeforeEach
    void legacyTables() throws SQLException {
        db = database();
        dropTables();
        db.runScript("migration/paris-legacy-schema.sql");
        for (String table : List.of("touchstone_mig_reservation", "touchstone_mig_visit")) {
            for (Row row : ROWS) {
                insertAsParisWallTime(table, row);
            }
        }
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (db != null) { // null where the database is not there and the test was skipped
            db.execute("DROP TABLE IF EXISTS touchstone_mig_reservation", "DROP TABLE IF EXISTS touchstone_mig_visit");
        }
    }

    /** What the application did before: {@code LocalDateTime.now()} on a JVM in Paris. */
    void insertAsParisWallTime(String table, Row row) throws SQLException {
        try (Connection connection = db.jdbc(); PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                + table + " (guest, created_at, updated_at, checked_in_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, row.guest());
            insert.setObject(2, parisWallTime(row.createdAt()));
            insert.setObject(3, parisWallTime(row.updatedAt()));
            insert.setObject(4, parisWallTime(row.checkedInAt()));
            insert.executeUpdate();
        }
    }

    static LocalDateTime parisWallTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PARIS);
    }

    static LocalDateTime utcWallTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    void migrate(String script) throws SQLException {
        db.runScript(db.script(script), "SET TIME ZONE 'America/New_York'");
    }

    /** The three timestamp columns of {@code table}, as the database describes them. */
    List<String> timestampColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String column : List.of("created_at", "updated_at", "checked_in_at")) {
            columns.add(column + " " + db.describe(table, column));
        }
        return columns;
    }

    SessionFactory open(Class<?> entity) {
        return db.open(MigrationDatabase.listeners(clock), "validate", entity);
    }

    static <E> Map<String, E> byGuest(SessionFactory factory, Class<E> type, Function<E, String> guest) {
        return factory.fromSession(session -> session.createQuery("from " + type.getSimpleName(), type)
                .getResultList().stream().collect(Collectors.toMap(guest, e -> e)));
    }

    static List<String> violations(List<TimestampViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).sorted().toList();
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void parisWallTimeReadAsUtcWallTimeIsInTheFutureAndRefusesUpdates() {
        try (SessionFactory factory = open(Visit.class)) {
            Map<String, Visit> visits = byGuest(factory, Visit.class, Visit::getGuest);
            VisitTimestamps validator = VisitTimestamps.withClock(clock);
            assertEquals(List.of(), violations(validator.validate(visits.get("winter"))));
            assertEquals(List.of("updatedAt IN_FUTURE"), violations(validator.validate(visits.get("summer"))));
            assertEquals(List.of("createdAt IN_FUTURE", "updatedAt IN_FUTURE"),
                    violations(validator.validate(visits.get("recent"))));

            long recent = visits.get("recent").getId();
            TimestampValidationException refused = assertThrows(TimestampValidationException.class,
                    () -> factory.inTransaction(session -> session.find(Visit.class, recent).setGuest("recent guest")));
            assertEquals(List.of("createdAt IN_FUTURE", "updatedAt BEFORE_CREATED_AT"),
                    violations(refused.violations()));
        }
    }

    @Test
    void toTimestampWithTimeZoneEveryRowReadsBackAsTheInstantsMeant() throws SQLException {
        migrate("paris-wall-time-to-timestamptz.sql");
        assertEquals(List.of("created_at timestamp with time zone(6) not null",
                        "updated_at timestamp with time zone(6) not null", "checked_in_at timestamp with time zone(6)"),
                timestampColumns("touchstone_mig_reservation"));
        try (SessionFactory factory = open(Reservation.class)) {
            Map<String, Reservation> reservations = byGuest(factory, Reservation.class, Reservation::getGuest);
            ReservationTimestamps validator = ReservationTimestamps.withClock(clock);
            for (Row row : ROWS) {
                Reservation read = reservations.get(row.guest());
                assertEquals(row, new Row(read.getGuest(), read.getCreatedAt(), read.getUpdatedAt(),
                        read.getCheckedInAt()));
                assertEquals(List.of(), violations(validator.validate(read)), row.guest());
            }

            Instant later = clock.advance(Duration.ofMinutes(1));
            long recent = reservations.get("recent").getId();
            ReservationTimestamps timestamps = ReservationTimestamps.withClock(clock);
            factory.inTransaction(session -> timestamps.markCheckedInAt(session.find(Reservation.class, recent)));
            Reservation checkedIn = factory.fromSession(session -> session.find(Reservation.class, recent));
            assertEquals(ROWS.get(2).createdAt(), checkedIn.getCreatedAt());
            assertEquals(micros(later), checkedIn.getCheckedInAt());
            assertEquals(micros(later), checkedIn.getUpdatedAt(), "the listener touched it at the flush");

            Reservation created = factory.fromTransaction(session -> {
                Reservation reservation = new Reservation("new");
                session.persist(reservation);
                return reservation;
            });
            assertEquals(micros(later), created.getCreatedAt());
        }
    }

    @Test
    void toUtcWallTimeEveryRowReadsBackAsTheInstantsMeant() throws SQLException {
        migrate("paris-wall-time-to-utc-wall-time.sql");
        assertEquals(List.of("created_at timestamp(6) not null", "updated_at timestamp(6) not null",
                "checked_in_at timestamp(6)"), timestampColumns("touchstone_mig_visit"), "the types are kept");
        try (SessionFactory factory = open(Visit.class)) {
            Map<String, Visit> visits = byGuest(factory, Visit.class, Visit::getGuest);
            VisitTimestamps validator = VisitTimestamps.withClock(clock);
            for (Row row : ROWS) {
                Visit read = visits.get(row.guest());
                assertEquals(utcWallTime(row.createdAt()), read.getCreatedAt(), row.guest());
                assertEquals(utcWallTime(row.updatedAt()), read.getUpdatedAt(), row.guest());
                assertEquals(utcWallTime(row.checkedInAt()), read.getCheckedInAt(), row.guest());
                assertEquals(List.of(), violations(validator.validate(read)), row.guest());
            }

            Instant later = clock.advance(Duration.ofMinutes(1));
            long recent = visits.get("recent").getId();
            factory.inTransaction(session -> session.find(Visit.class, recent).setGuest("recent guest"));
            Visit updated = factory.fromSession(session -> session.find(Visit.class, recent));
            assertEquals(utcWallTime(ROWS.get(2).createdAt()), updated.getCreatedAt());
            assertEquals(utcWallTime(micros(later)), updated.getUpdatedAt(), "the listener touched it at the flush");
            assertNull(updated.getCheckedInAt());
        }
    }

    @Test
    void aWallTimeOfTheRepeatedAutumnHourIsReadOneWayOrTheOther() throws SQLException {
        insertAsParisWallTime("touchstone_mig_reservation", AMBIGUOUS);
        migrate("paris-wall-time-to-timestamptz.sql");
        try (SessionFactory factory = open(Reservation.class)) {
            Reservation read = byGuest(factory, Reservation.class, Reservation::getGuest).get(AMBIGUOUS.guest());
            assertEquals(AMBIGUOUS.createdAt(), read.getCreatedAt());
            assertEquals(ambiguousWallTimeReadAs(), read.getUpdatedAt());
            assertEquals(List.of(), violations(ReservationTimestamps.withClock(clock).validate(read)),
                    "an hour off or not, nothing here breaks a rule: nothing in the row can tell");
        }
    }
}
