package io.github.touchstone.examples.domain;

import io.github.touchstone.Timestamped;
import java.time.Instant;

/**
 * A conversation, as an immutable record. With {@code updatedOnCreate = false} its
 * {@code updatedAt} stays {@code null} until the first change: {@code null} means "never updated",
 * never a copy of {@code createdAt}. The generated helpers return new records and leave their
 * argument untouched.
 *
 * @param topic what the conversation is about
 * @param createdAt when it was opened, {@code null} before {@code onCreate}
 * @param updatedAt when it last changed, {@code null} if it never did
 */
@Timestamped(updatedOnCreate = false)
public record Conversation(String topic, Instant createdAt, Instant updatedAt) {

    /**
     * A new conversation, without timestamps: pass it to {@code ConversationTimestamps.onCreate}.
     *
     * @param topic what the conversation is about
     * @return the conversation
     */
    public static Conversation about(String topic) {
        return new Conversation(topic, null, null);
    }

    /**
     * A copy with another topic; the timestamps are the caller's to {@code touch}.
     *
     * @param newTopic the new topic
     * @return the changed copy
     */
    public Conversation withTopic(String newTopic) {
        return new Conversation(newTopic, createdAt, updatedAt);
    }
}
