package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * Why TS208 asks for {@code @Column(updatable = false)}: without it, a {@code merge} of a detached
 * copy writes whatever {@code createdAt} the copy carries, and the listener cannot tell, because it
 * sees only the new value (an earlier {@code createdAt} breaks no rule). Compare
 * {@link JpaContract#mergeOfADetachedCopyNeverOverwritesCreatedAt()}.
 */
class UpdatableCreatedAtTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    @Test
    void withoutUpdatableFalseAMergeOverwritesCreatedAt() {
        MutableClock clock = MutableClock.at(T0);
        Configuration configuration = new Configuration()
                .addAnnotatedClass(UnguardedNote.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:touchstone-unguarded;DB_CLOSE_DELAY=-1")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        configuration.getProperties().put(AvailableSettings.BEAN_CONTAINER, new ClockBeanContainer(clock)
                .register(UnguardedNoteTimestamps.class, UnguardedNoteTimestamps::new));
        try (SessionFactory factory = configuration.buildSessionFactory()) {
            UnguardedNote note = factory.fromTransaction(session -> {
                UnguardedNote created = new UnguardedNote("first");
                session.persist(created);
                return created;
            });
            Instant original = T0.truncatedTo(ChronoUnit.MICROS);
            assertEquals(original, note.createdAt);

            Instant forged = original.minus(Duration.ofDays(365));
            note.createdAt = forged; // note is detached: its session is closed
            note.text = "second";
            clock.advance(Duration.ofMinutes(1));
            factory.inTransaction(session -> session.merge(note));

            UnguardedNote read = factory.fromSession(session -> session.find(UnguardedNote.class, note.id));
            assertEquals("second", read.text);
            assertEquals(forged, read.createdAt, "the table now holds the forged createdAt");
        }
    }
}
