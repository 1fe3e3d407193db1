package io.github.touchstone.benchmarks;

import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * The same agent as {@link Agent}, annotated for Spring Data's {@code AuditingHandler} instead of Touchstone.
 */
public class AuditedAgent {
    Long id;
    String name;
    @CreatedDate
    Instant createdAt;
    @LastModifiedDate
    Instant updatedAt;
    Instant lastActiveAt;

    /** Creates an agent with no timestamps set. */
    public AuditedAgent() {
    }

    AuditedAgent(long id, String name) {
        this.id = id;
        this.name = name;
    }
}
