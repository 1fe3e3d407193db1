package io.github.touchstone.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The timestamp each entity instance had when it was last loaded from, inserted into or
 * updated in the database, as a JPA entity listener saw it. A generated {@code <Entity>Timestamps}
 * that is a JPA entity listener keeps one: it {@linkplain #remember remembers}
 * {@code updatedAt} at {@code @PostLoad}, {@code @PostPersist} and {@code @PostUpdate}, and at
 * {@code @PreUpdate} sets {@code updatedAt} to now only where {@link #shouldTouch} says the
 * application has not set it since. So the listener is a safety net, not a second clock: an
 * instant that {@code touchAll} gave several entities, or a mark gave {@code updatedAt}, is the
 * one stored. Not API: the runtime of generated code.
 *
 * <p><b>Identity, not equality.</b> Entities are told apart by identity ({@code ==} and
 * {@link System#identityHashCode}); their {@code equals} and {@code hashCode} are never called,
 * so an entity whose {@code hashCode} changes when its id is assigned, or whose {@code equals}
 * compares ids, is remembered correctly.
 *
 * <p><b>Held weakly.</b> An entity is referred to only through a {@link WeakReference}: being
 * remembered keeps no entity in memory. What is remembered for an entity that the garbage
 * collector has reclaimed is dropped at the next {@link #remember} or {@link #size}. The values
 * remembered are held strongly; they are timestamps, which refer to no entity.
 *
 * <p><b>Thread-safe.</b> One instance serves every persistence context of an entity manager
 * factory (a JPA provider keeps one listener instance per listener class), so every method may
 * be called from any number of threads at once, without external synchronization.
 *
 * <p>Values are compared as the instant they denote: {@link OffsetDateTime} and
 * {@link ZonedDateTime} with {@code isEqual} (the same instant at any offset or zone), every
 * other supported timestamp type ({@code Instant}, {@code LocalDateTime}, {@code Long} epoch
 * milliseconds, {@code Double} epoch seconds) with {@code equals}.
 */
public final class StoredTimestamps {

    /** Stands for a remembered {@code null}: a {@link ConcurrentHashMap} holds no null value. */
    private static final Object NULL = new Object();

    private final ConcurrentHashMap<Key, Object> values = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** Creates an empty memory. */
    public StoredTimestamps() {
    }

    /**
     * Remembers {@code value} as the timestamp {@code entity} has in the database now: call it
     * after the entity is loaded, inserted or updated. It replaces what was remembered before.
     *
     * @param entity the entity instance, not {@code null}; held weakly
     * @param value its timestamp as stored, {@code null} if the column holds {@code null}
     * @throws NullPointerException if {@code entity} is {@code null}
     */
    public void remember(Object entity, Object value) {
        Objects.requireNonNull(entity, "entity must not be null");
        expungeCollected();
        values.put(new Key(entity, collected), value == null ? NULL : value);
    }

    /**
     * Whether a listener should set the timestamp to now before {@code entity} is updated: unless
     * the application has set it since the entity was last {@linkplain #remember remembered}.
     * That is {@code true} when {@code current} is {@code null} (an updated row always gets a
     * timestamp), when nothing is remembered for {@code entity} (nothing shows that the
     * application set it), and when {@code current} denotes the same instant as the remembered
     * value; {@code false} when the application has set it to another instant, by a touch, a
     * mark that touches it, or a merged copy that carries its own.
     *
     * @param entity the entity instance about to be updated, not {@code null}
     * @param current its timestamp now, or {@code null}
     * @return whether to set the timestamp to now
     * @throws NullPointerException if {@code entity} is {@code null}
     */
    public boolean shouldTouch(Object entity, Object current) {
        Objects.requireNonNull(entity, "entity must not be null");
        Object stored = values.get(new Key(entity, null));
        if (current == null || stored == null) {
            return true;
        }
        return stored != NULL && sameInstant(current, stored);
    }

    /**
     * How many entity instances are remembered, after dropping those the garbage collector has
     * reclaimed (some may be reclaimed but not yet reported by it).
     *
     * @return the number of entity instances remembered
     */
    public int size() {
        expungeCollected();
        return values.size();
    }

    private static boolean sameInstant(Object current, Object stored) {
        if (current instanceof OffsetDateTime a && stored instanceof OffsetDateTime b) {
            return a.isEqual(b);
        }
        if (current instanceof ZonedDateTime a && stored instanceof ZonedDateTime b) {
            return a.isEqual(b);
        }
        return current.equals(stored);
    }

    /** Drops the entries of entities the garbage collector has reclaimed. */
    private void expungeCollected() {
        for (Reference<?> key; (key = collected.poll()) != null; ) {
            values.remove(key);
        }
    }

    /**
     * A weak reference to an entity that is equal to another key only while both refer to the
     * same, live instance; a key whose entity was reclaimed is equal only to itself (which is how
     * {@link #expungeCollected} finds it).
     */
    private static final class Key extends WeakReference<Object> {

        private final int hash;

        Key(Object entity, ReferenceQueue<Object> queue) {
            super(entity, queue);
            this.hash = System.identityHashCode(entity);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key)) {
                return false;
            }
            Object entity = get();
            return entity != null && entity == key.get();
        }
    }
}
