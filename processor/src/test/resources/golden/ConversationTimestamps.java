package com.acme;

import io.github.touchstone.CheckReturnValue;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.internal.EntityShape;
import io.github.touchstone.internal.EntityTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Timestamps of {@link Conversation}: every method that changes an entity sets its timestamps from
 * this helper's clock, truncated to {@code MICROS}, and returns a new record. {@link #validate}
 * checks the timestamps: missing, in the future (beyond {@code PT5S}), out of order, not at UTC,
 * and stored durations that do not match their interval.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ConversationTimestamps extends EntityTimestamps<Conversation> {
    private static final EntityShape SHAPE = new EntityShape("Conversation", ChronoUnit.MICROS,
            "PT5S", false, "createdAt:I updatedAt:I lastMessageAt:I");

    private static final ConversationTimestamps SYSTEM_UTC = new ConversationTimestamps(
            Clock.systemUTC());

    private ConversationTimestamps(Clock clock) {
        super(clock, SHAPE, EntityTimestamps.Mode.COPIES);
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
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param conversation the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    @Override
    public List<TimestampViolation> validate(Conversation conversation) {
        requireEntity(conversation);
        Instant createdAt = conversation.createdAt();
        Instant updatedAt = conversation.updatedAt();
        Instant lastMessageAt = conversation.lastMessageAt();
        long limit = limit();
        return checks()
                .missing(0, createdAt)
                .instantInFuture(0, createdAt, limit)
                .instantInFuture(1, updatedAt, limit)
                .instantNotBeforeCreatedAt(1, updatedAt, createdAt)
                .instantInFuture(2, lastMessageAt, limit)
                .instantNotBeforeCreatedAt(2, lastMessageAt, createdAt)
                .violations();
    }

    @Override
    protected Object get(Conversation conversation, int field) {
        return switch (field) {
            case 0 -> conversation.createdAt();
            case 1 -> conversation.updatedAt();
            case 2 -> conversation.lastMessageAt();
            default -> throw new IndexOutOfBoundsException();
        };
    }

    @Override
    protected Conversation setAll(Conversation conversation, Object[] values) {
        return new Conversation(conversation.topic(),
                values[0] == null ? conversation.createdAt() : (Instant) values[0],
                values[1] == null ? conversation.updatedAt() : (Instant) values[1],
                values[2] == null ? conversation.lastMessageAt() : (Instant) values[2]);
    }

    @Override
    protected Conversation set(Conversation conversation, int field, Object value) {
        return switch (field) {
            case 0 -> new Conversation(conversation.topic(), (Instant) value,
                    conversation.updatedAt(), conversation.lastMessageAt());
            case 1 -> new Conversation(conversation.topic(), conversation.createdAt(),
                    (Instant) value, conversation.lastMessageAt());
            case 2 -> new Conversation(conversation.topic(), conversation.createdAt(),
                    conversation.updatedAt(), (Instant) value);
            default -> throw new IndexOutOfBoundsException();
        };
    }

    /**
     * Sets {@code createdAt} to now if it is {@code null} (it is never overwritten); {@code
     * updatedAt} stays {@code null} until the first {@code touch}.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched (the argument itself where
     *     nothing changes)
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    @CheckReturnValue
    public Conversation onCreate(Conversation conversation) {
        return stampCreated(conversation);
    }

    /**
     * Sets {@code updatedAt} to now; {@code createdAt} is never changed.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    @CheckReturnValue
    public Conversation touch(Conversation conversation) {
        return stampTouched(conversation);
    }

    /**
     * Sets {@code updatedAt} of every entity to one identical instant, read once from the clock;
     * every element is checked before any copy is made.
     *
     * @param entities the entities, none {@code null}
     * @return the touched copies in iteration order, unmodifiable
     * @throws NullPointerException if {@code entities} or one of its elements is {@code null}
     */
    @CheckReturnValue
    public List<Conversation> touchAll(Iterable<Conversation> entities) {
        return stampTouchedCopies(entities);
    }

    /**
     * Returns {@code updatedAt}, or {@code createdAt} where {@code updatedAt} is {@code null}.
     *
     * @param conversation the entity, not {@code null}
     * @return the last change, or {@code null} if neither timestamp is set
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    public Instant updatedAtOrCreated(Conversation conversation) {
        return (Instant) readLastChange(conversation);
    }

    /**
     * Returns the time from {@code createdAt} to now.
     *
     * @param conversation the entity, not {@code null}
     * @return now minus {@code createdAt}, or empty if it is {@code null}
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    public Optional<Duration> age(Conversation conversation) {
        return since(conversation, 0);
    }

    /**
     * Returns the time from the last change ({@link #updatedAtOrCreated}) to now.
     *
     * @param conversation the entity, not {@code null}
     * @return now minus the last change, or empty if neither timestamp is set
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    public Optional<Duration> sinceLastUpdate(Conversation conversation) {
        return readSinceLastChange(conversation);
    }

    /**
     * Sets {@code lastMessageAt} to now.
     *
     * @param conversation the entity, not {@code null}
     * @return a new record with the change; the argument is untouched
     * @throws NullPointerException if {@code conversation} is {@code null}
     */
    @CheckReturnValue
    public Conversation markLastMessageAt(Conversation conversation) {
        return mark(conversation, 2, false, false);
    }
}
