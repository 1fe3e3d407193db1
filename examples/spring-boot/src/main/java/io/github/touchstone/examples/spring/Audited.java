package io.github.touchstone.examples.spring;

import io.github.touchstone.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/**
 * The timestamps every entity of the shop has. Lombok writes the accessors; Touchstone's generated
 * code goes through them (so its writes reach lazy proxies), and its listener, registered here,
 * serves every entity that extends this class.
 */
@MappedSuperclass
@EntityListeners(AuditedTimestamps.class)
@Timestamped
@Getter
@Setter
public abstract class Audited {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
}
