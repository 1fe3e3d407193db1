package io.github.touchstone.examples.lombok;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** Private fields, with the getters and setters the generated helpers use written by Lombok. */
@Getter
@Setter
@Timestamped
public class Customer {

    private String name;
    private Instant createdAt;
    private Instant updatedAt;
    @ActivityTimestamp
    private Instant lastSeenAt;
}
