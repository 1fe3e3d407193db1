package io.github.touchstone.examples.lombok;

import io.github.touchstone.Timestamped;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import lombok.experimental.FieldDefaults;

/**
 * {@code @FieldDefaults(level = PRIVATE)}: the fields are declared without a modifier and Lombok
 * makes them private, so the helpers go through the getters and setters Lombok writes too.
 */
@Getter
@Setter
@FieldDefaults(level = AccessLevel.PRIVATE)
@Timestamped
public class Supplier {

    String name;
    Instant createdAt;
    Instant updatedAt;
}
