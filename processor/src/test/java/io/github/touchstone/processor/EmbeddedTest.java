package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.touchstone.TimestampViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity that keeps its timestamps in a JPA {@code @Embedded} value (the DDD audit-value
 * pattern): the helpers reach them through the field that holds the value, create the value with
 * its no-argument constructor while it is {@code null}, and the validator reads {@code null}
 * where there is no value, never throwing.
 */
class EmbeddedTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T09:01:30.500Z");

    static final TestSource AUDIT = TestSource.of("com.acme.Audit", """
            package com.acme;

            import io.github.touchstone.CreatedAt;
            import io.github.touchstone.UpdatedAt;
            import jakarta.persistence.Embeddable;
            import java.time.Instant;

            @Embeddable
            public class Audit {
                @CreatedAt Instant registeredAt;
                @UpdatedAt Instant changedAt;
            }
            """);

    static final TestSource MEMBER = TestSource.of("com.acme.Member", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import jakarta.persistence.Embedded;
            import java.time.Instant;

            @Timestamped
            public class Member {
                @Embedded private Audit audit;
                @ActivityTimestamp(touchesUpdatedAt = true) private Instant lastSeenAt;

                public Audit getAudit() { return audit; }
                public void setAudit(Audit audit) { this.audit = audit; }
                public Instant getLastSeenAt() { return lastSeenAt; }
                public void setLastSeenAt(Instant lastSeenAt) { this.lastSeenAt = lastSeenAt; }
            }
            """);

    @Test
    void timestampsInAnEmbeddedValueAreSetAndTheValueIsCreatedWhileNull() {
        GeneratedClasses classes = Compilations.compileAndLoadJpa(AUDIT.file(), MEMBER.file());
        Object member = classes.create("com.acme.Member");

        List<TimestampViolation> missing = classes.validator("com.acme.Member", T0).validate(member);
        assertEquals(List.of(TimestampViolation.Rule.CREATED_AT_MISSING, TimestampViolation.Rule.UPDATED_AT_MISSING),
                missing.stream().map(TimestampViolation::rule).toList(), "no audit value: null, never a throw");

        call(classes.timestamps("com.acme.Member", T0), "onCreate", member);
        Object audit = call(member, "getAudit");
        assertNotNull(audit, "created with its no-argument constructor");
        assertEquals(T0, get(audit, "registeredAt"));
        assertEquals(T0, get(audit, "changedAt"));

        call(classes.timestamps("com.acme.Member", T1), "markLastSeenAt", member);
        assertSame(audit, call(member, "getAudit"), "an existing value is kept");
        assertEquals(T1, get(audit, "changedAt"));
        assertEquals(T0, get(audit, "registeredAt"));
        assertEquals(List.of(), classes.validator("com.acme.Member", T1).validate(member));
    }

    @Test
    void anEmbeddableCarriesLifecycleMarksWithoutBeingTimestamped() {
        // compiles clean (no TS107 on the embeddable), and nothing is generated for the embeddable itself
        GeneratedClasses classes = Compilations.compileAndLoadJpa(AUDIT.file(), MEMBER.file());
        assertThrows(AssertionError.class, () -> classes.type("com.acme.AuditTimestamps"));
    }
}
