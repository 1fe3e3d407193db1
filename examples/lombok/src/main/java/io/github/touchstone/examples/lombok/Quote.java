package io.github.touchstone.examples.lombok;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Value;
import lombok.With;

/**
 * {@code @Value @With}: final fields, getters and an all-arguments constructor by {@code @Value},
 * a wither per field by {@code @With}. The helpers return a changed copy, made by the withers, and
 * leave their argument as it was.
 */
@Value
@With
@Timestamped
public class Quote {

    String customer;
    BigDecimal amount;
    Instant createdAt;
    Instant updatedAt;
    @ActivityTimestamp(once = true)
    Instant acceptedAt;

    /**
     * A new quote, not created yet: {@code onCreate} gives the created copy.
     *
     * @param customer who it is for
     * @param amount how much
     * @return the quote, without timestamps
     */
    public static Quote draft(String customer, BigDecimal amount) {
        return new Quote(customer, amount, null, null, null);
    }
}
