package io.github.touchstone.examples.lombok;

import io.github.touchstone.Timestamped;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/**
 * A base class whose accessors Lombok writes. The generated helpers are generic over its
 * subclasses: {@code AuditedTimestamps.onCreate(new Ticket())} returns a {@link Ticket}.
 */
@Getter
@Setter
@Timestamped
public abstract class Audited {

    private Instant createdAt;
    private Instant updatedAt;
}
