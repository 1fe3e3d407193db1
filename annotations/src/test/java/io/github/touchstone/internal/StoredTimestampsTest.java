package io.github.touchstone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:01.654321Z");

    /** An entity whose equals and hashCode say every instance is the same (as an id-based pair does before ids). */
    private static final class AllEqual {
        @Override
        public boolean equals(Object other) {
            return other instanceof AllEqual;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** An entity whose equals and hashCode must never be called. */
    private static final class Untouchable {
        @Override
        public boolean equals(Object other) {
            throw new AssertionError("equals called");
        }

        @Override
        public int hashCode() {
            throw new AssertionError("hashCode called");
        }
    }

    @Test
    void touchesWhileTheValueIsTheOneStoredAndNotOnceTheApplicationSetAnother() {
        StoredTimestamps stored = new StoredTimestamps();
        Object entity = new Object();
        stored.remember(entity, T0);
        assertTrue(stored.shouldTouch(entity, T0), "unchanged since loaded: the listener touches");
        assertTrue(stored.shouldTouch(entity, Instant.parse(T0.toString())), "an equal value, not the same object");
        assertFalse(stored.shouldTouch(entity, T1), "set by the application: kept");

        stored.remember(entity, T1);
        assertTrue(stored.shouldTouch(entity, T1), "what was written last is what is stored now");
        assertFalse(stored.shouldTouch(entity, T0));
    }

    @Test
    void touchesWhatItHasNeverSeenAndWhatIsNull() {
        StoredTimestamps stored = new StoredTimestamps();
        Object entity = new Object();
        assertTrue(stored.shouldTouch(entity, T0), "nothing remembered: nothing shows the application set it");
        stored.remember(entity, T0);
        assertTrue(stored.shouldTouch(entity, null), "an updated row always gets a timestamp");

        Object neverUpdated = new Object();
        stored.remember(neverUpdated, null); // updatedOnCreate = false
        assertTrue(stored.shouldTouch(neverUpdated, null));
        assertFalse(stored.shouldTouch(neverUpdated, T0), "set by the application since: kept");
    }

    @Test
    void comparesEverySupportedTypeAsTheInstantItDenotes() {
        StoredTimestamps stored = new StoredTimestamps();
        OffsetDateTime offset = T0.atOffset(ZoneOffset.UTC);
        ZonedDateTime zoned = T0.atZone(ZoneOffset.UTC);
        LocalDateTime local = LocalDateTime.ofInstant(T0, ZoneOffset.UTC);
        Long millis = T0.toEpochMilli();
        Double seconds = T0.getEpochSecond() + T0.getNano() / 1e9;
        List<Object[]> cases = List.of(
                new Object[] {T0, Instant.ofEpochSecond(T0.getEpochSecond(), T0.getNano()), T1},
                new Object[] {offset, T0.atOffset(ZoneOffset.ofHours(2)), T1.atOffset(ZoneOffset.UTC)},
                new Object[] {zoned, T0.atZone(ZoneId.of("Europe/Paris")), T1.atZone(ZoneOffset.UTC)},
                new Object[] {local, LocalDateTime.ofInstant(T0, ZoneOffset.UTC), LocalDateTime.ofInstant(T1, ZoneOffset.UTC)},
                new Object[] {millis, Long.valueOf(T0.toEpochMilli()), T1.toEpochMilli()},
                new Object[] {seconds, Double.valueOf(seconds), T1.getEpochSecond() + T1.getNano() / 1e9});
        for (Object[] values : cases) {
            Object entity = new Object();
            stored.remember(entity, values[0]);
            String type = values[0].getClass().getSimpleName();
            assertTrue(stored.shouldTouch(entity, values[1]), type + ": the same instant");
            assertFalse(stored.shouldTouch(entity, values[2]), type + ": another instant");
        }
    }

    @Test
    void tellsEntitiesApartByIdentityWithoutCallingEqualsOrHashCode() {
        StoredTimestamps stored = new StoredTimestamps();
        AllEqual first = new AllEqual();
        AllEqual second = new AllEqual();
        stored.remember(first, T0);
        stored.remember(second, T1);
        assertTrue(stored.shouldTouch(first, T0));
        assertTrue(stored.shouldTouch(second, T1));
        assertFalse(stored.shouldTouch(first, T1));
        assertEquals(2, stored.size());

        Untouchable untouchable = new Untouchable();
        stored.remember(untouchable, T0);
        assertTrue(stored.shouldTouch(untouchable, T0));
        stored.remember(untouchable, T1);
        assertEquals(3, stored.size());
    }

    @Test
    void holdsNoEntityInMemory() throws InterruptedException {
        StoredTimestamps stored = new StoredTimestamps();
        Object kept = new Object();
        stored.remember(kept, T0);
        for (int i = 0; i < 1_000; i++) {
            stored.remember(new Object(), T0);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (stored.size() > 1 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(1, stored.size(), "the entities no one refers to are dropped");
        assertTrue(stored.shouldTouch(kept, T0));
        assertFalse(stored.shouldTouch(kept, T1));
    }

    @Test
    void servesConcurrentSessions() throws Exception {
        StoredTimestamps stored = new StoredTimestamps();
        ExecutorService sessions = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                results.add(sessions.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 20_000; i++) {
                        Object entity = new Object();
                        Instant loaded = T0.plusNanos(i * 1000L);
                        stored.remember(entity, loaded);
                        if (!stored.shouldTouch(entity, loaded) || stored.shouldTouch(entity, loaded.plusSeconds(1))) {
                            wrong++;
                        }
                        stored.remember(entity, loaded.plusSeconds(1));
                        if (!stored.shouldTouch(entity, loaded.plusSeconds(1))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            sessions.shutdownNow();
        }
    }

    @Test
    void refusesANullEntity() {
        StoredTimestamps stored = new StoredTimestamps();
        assertThrows(NullPointerException.class, () -> stored.remember(null, T0));
        assertThrows(NullPointerException.class, () -> stored.shouldTouch(null, T0));
    }
}
