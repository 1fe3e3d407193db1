package com.acme;

import io.github.touchstone.AbstractTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamp helpers for {@link Conversation}: every method that changes an entity sets the
 * timestamps from this helper's clock, truncated to {@code MICROS}, and returns the entity as a new record.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ConversationTimestamps extends AbstractTimestamps {
    private static final ConversationTimestamps SYSTEM_UTC = new ConversationTimestamps(
            Clock.systemUTC());

    private ConversationTimestamps(Clock clock) {
        super(clock, ChronoUnit.MICROS);
    }

    /**
     * Returns the shared helper on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static ConversationTimestamps systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a helper that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new helper
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static ConversationTimestamps withClock(Clock clock) {
        return new ConversationTimestamps(clock);
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten);
     * {@code updatedAt} stays {@code null} until the first {@code touch}.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched
     */
    public Conversation onCreate(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Instant createdAt = conversation.createdAt();
        if (createdAt == null) {
            createdAt = now();
        }
        return new Conversation(conversation.topic(), createdAt, conversation.updatedAt(),
                conversation.lastMessageAt());
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched
     */
    public Conversation touch(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        return new Conversation(conversation.topic(), conversation.createdAt(), now(),
                conversation.lastMessageAt());
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock.
     *
     * @param entities the entities, none {@code null}
     * @return the touched copies in iteration order, unmodifiable
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    public List<Conversation> touchAll(Iterable<Conversation> entities) {
        List<Conversation> touched = listFor(entities);
        Instant now = now();
        for (Conversation conversation : entities) {
            Objects.requireNonNull(conversation, "entities must not contain null");
            touched.add(new Conversation(conversation.topic(), conversation.createdAt(), now,
                    conversation.lastMessageAt()));
        }
        return Collections.unmodifiableList(touched);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param conversation the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     */
    public Instant updatedAtOrCreated(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Instant updatedAt = conversation.updatedAt();
        return updatedAt != null ? updatedAt : conversation.createdAt();
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param conversation the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     */
    public Optional<Duration> age(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        return since(conversation.createdAt());
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param conversation the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     */
    public Optional<Duration> sinceLastUpdate(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        return since(updatedAtOrCreated(conversation));
    }

    /**
     * Sets {@code lastMessageAt} to now.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched
     */
    public Conversation markLastMessageAt(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        return new Conversation(conversation.topic(), conversation.createdAt(),
                conversation.updatedAt(), now());
    }
}
