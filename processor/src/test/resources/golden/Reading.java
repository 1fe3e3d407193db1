package com.acme;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Timestamped;
import java.time.OffsetDateTime;

/** Mixed timestamp types: epoch milliseconds, epoch seconds and an offset date-time. */
@Timestamped
@SuppressWarnings("touchstone")
public class Reading {
    Long createdAt;
    OffsetDateTime updatedAt;
    @ActivityTimestamp Double sampledAt;
}
