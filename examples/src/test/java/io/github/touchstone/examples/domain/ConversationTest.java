package io.github.touchstone.examples.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record with {@code updatedOnCreate = false}: {@code updatedAt} is {@code null} until the first change. */
class ConversationTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final ConversationTimestamps timestamps = ConversationTimestamps.withClock(clock);

    @Test
    void onCreateSetsOnlyCreatedAtAndTheValidatorAcceptsANullUpdatedAt() {
        Conversation opened = timestamps.onCreate(Conversation.about("pricing"));
        assertEquals(new Conversation("pricing", T0, null), opened);
        assertEquals(T0, timestamps.updatedAtOrCreated(opened), "never updated: the last change is the creation");
        assertEquals(List.of(), ConversationTimestamps.withClock(clock).validate(opened));
    }

    @Test
    void touchReturnsANewRecordAndLeavesTheArgumentUntouched() {
        Conversation opened = timestamps.onCreate(Conversation.about("pricing"));
        Instant t1 = clock.advance(Duration.ofMinutes(3));
        Conversation renamed = opened.withTopic("pricing, v2");

        Conversation touched = timestamps.touch(renamed);
        assertNotSame(renamed, touched);
        assertEquals(new Conversation("pricing, v2", T0, t1), touched);
        assertNull(renamed.updatedAt(), "the argument is untouched");
        assertNull(opened.updatedAt());
        assertEquals(Optional.of(Duration.ZERO), timestamps.sinceLastUpdate(touched));
        assertEquals(Optional.of(Duration.ofMinutes(3)), timestamps.age(touched));
    }

    @Test
    void onCreateNeverOverwritesCreatedAt() {
        Conversation imported = new Conversation("imported", T0.minusSeconds(3600), null);
        clock.advance(Duration.ofHours(1));
        assertEquals(imported, timestamps.onCreate(imported));
    }

    @Test
    void touchAllGivesEveryRecordOneInstant() {
        MutableClock ticking = MutableClock.ticking(T0, Duration.ofMillis(1));
        ConversationTimestamps ticked = ConversationTimestamps.withClock(ticking);
        List<Conversation> opened = List.of(ticked.onCreate(Conversation.about("a")),
                ticked.onCreate(Conversation.about("b")), ticked.onCreate(Conversation.about("c")));

        List<Conversation> touched = ticked.touchAll(opened);
        assertEquals(3, touched.size());
        Instant updated = touched.get(0).updatedAt();
        assertTrue(updated.isAfter(opened.get(2).createdAt()));
        touched.forEach(c -> assertEquals(updated, c.updatedAt()));
        opened.forEach(c -> assertNull(c.updatedAt()));
        assertThrows(UnsupportedOperationException.class, () -> touched.add(Conversation.about("d")));
    }
}
