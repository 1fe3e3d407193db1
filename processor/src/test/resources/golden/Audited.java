package com.acme;

import io.github.touchstone.Timestamped;
import java.time.Instant;

/** A generic abstract base: one helper for every subclass, whatever its key type. */
@Timestamped
public abstract class Audited<K> {
    K id;
    Instant createdAt;
    Instant updatedAt;
}
