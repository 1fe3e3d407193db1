package io.github.touchstone.examples.lombok;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.Instant;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** {@code @Builder}: built by Lombok's builder, timestamps set afterwards by the helpers. */
@Builder
@NoArgsConstructor
@AllArgsConstructor
@Getter
@Setter
@Timestamped
public class Shipment {

    private String trackingNumber;
    private Instant createdAt;
    private Instant updatedAt;
    @ActivityTimestamp
    private Instant deliveredAt;
}
