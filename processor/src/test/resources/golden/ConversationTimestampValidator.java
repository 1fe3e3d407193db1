package com.acme;

import io.github.touchstone.AbstractTimestampValidator;
import io.github.touchstone.TimestampViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks the timestamps of {@link Conversation}: missing, in the future (beyond {@code PT5S}),
 * out of order, not at UTC, and stored durations that do not match their interval.
 * <p>Instances are immutable and thread-safe.
 */
@Generated("io.github.touchstone.processor.TouchstoneProcessor")
public final class ConversationTimestampValidator extends AbstractTimestampValidator<Conversation> {
    private static final ConversationTimestampValidator SYSTEM_UTC = new ConversationTimestampValidator(
            Clock.systemUTC());

    private ConversationTimestampValidator(Clock clock) {
        super(clock, "Conversation", ChronoUnit.MICROS, "PT5S", 5000L);
    }

    /**
     * Returns the shared validator on {@link Clock#systemUTC()}.
     *
     * @return the shared instance
     */
    public static ConversationTimestampValidator systemUtc() {
        return SYSTEM_UTC;
    }

    /**
     * Returns a validator that reads now from {@code clock}, such as a fixed clock in tests.
     *
     * @param clock the clock, not {@code null}
     * @return a new validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static ConversationTimestampValidator withClock(Clock clock) {
        return new ConversationTimestampValidator(clock);
    }

    /**
     * Lists every timestamp violation of the entity; never throws on {@code null} fields.
     *
     * @param conversation the entity, not {@code null}
     * @return an immutable list, empty when the entity is valid
     */
    @Override
    public List<TimestampViolation> validate(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Instant createdAt = conversation.createdAt();
        Instant updatedAt = conversation.updatedAt();
        Instant lastMessageAt = conversation.lastMessageAt();
        long limit = limit();
        List<TimestampViolation> violations = missing(null, "createdAt", createdAt,
                TimestampViolation.Rule.CREATED_AT_MISSING);
        violations = inFuture(violations, "createdAt", createdAt, limit);
        violations = inFuture(violations, "updatedAt", updatedAt, limit);
        violations = before(violations, "updatedAt", updatedAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        violations = inFuture(violations, "lastMessageAt", lastMessageAt, limit);
        violations = before(violations, "lastMessageAt", lastMessageAt, "createdAt", createdAt,
                TimestampViolation.Rule.BEFORE_CREATED_AT);
        return result(violations);
    }
}
