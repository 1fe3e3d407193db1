package io.github.touchstone.processor;

import static io.github.touchstone.processor.Compiler.ECJ;
import static io.github.touchstone.processor.Compiler.JAVAC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TS209: a timestamp the helpers set, initialized in its declaration (the JHipster pattern
 * {@code Instant createdDate = Instant.now()}). javac only: ECJ shows processors no initializers.
 */
class InitializerWarningTest {

    static final TestSource AUDIT = TestSource.of("com.acme.Audit", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.CreatedAt;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import io.github.touchstone.UpdatedAt;
            import java.time.Instant;

            @Timestamped
            public class Audit {
                @CreatedAt
                Instant createdDate = Instant.now();
                @UpdatedAt
                Instant lastModifiedDate = createdDate;
                @ActivityTimestamp
                Instant lastSeenAt = Instant.EPOCH;
                Instant startedAt = Instant.now();
                Instant endedAt = Instant.now().plusSeconds(60);
                @Duration(start = "startedAt", end = "endedAt")
                Long runMs;
                Instant archivedAt = Instant.now();
                @ActivityTimestamp
                Instant stoppedAt = null;
            }
            """);

    /** The Touchstone warnings, in order. */
    private static List<String> warnings(Diagnostics diagnostics) {
        return diagnostics.reported().stream().filter(Diagnostics.Reported::isWarning).map(Diagnostics.Reported::message)
                .filter(m -> m.startsWith("[TS")).toList();
    }

    @Test
    void everyTimestampTheHelpersSetIsReportedOnItsField() {
        Diagnostics diagnostics = JAVAC.compile(AUDIT);

        diagnostics.assertSucceeded();
        // not the start of a duration (the helpers only read it), a field they do not manage, nor = null
        assertEquals(4, warnings(diagnostics).size(), diagnostics::toString);
        diagnostics.assertWarning("[TS209] createdDate is initialized in its declaration (= Instant.now()): the value is"
                + " set before any helper runs and onCreate keeps it, so it bypasses the helpers' clock and precision",
                AUDIT.field("Instant createdDate", "createdDate"));
        diagnostics.assertWarning("[TS209] lastModifiedDate is initialized in its declaration (= createdDate): the value"
                + " is set before any helper runs and onCreate keeps it", AUDIT.field("Instant lastModifiedDate",
                "lastModifiedDate"));
        diagnostics.assertWarning("[TS209] lastSeenAt is initialized in its declaration (= Instant.EPOCH): the value is"
                + " set before any helper runs, so it bypasses the helpers' clock and precision",
                AUDIT.field("Instant lastSeenAt", "lastSeenAt"));
        diagnostics.assertWarning("[TS209] endedAt is initialized in its declaration (= Instant.now().plusSeconds(60))",
                AUDIT.field("Instant endedAt", "endedAt"));
        JAVAC.assertCompilesClean(AUDIT.with(
                "createdDate = Instant.now();", "createdDate;",
                "lastModifiedDate = createdDate;", "lastModifiedDate;",
                "lastSeenAt = Instant.EPOCH;", "lastSeenAt;",
                "endedAt = Instant.now().plusSeconds(60);", "endedAt;"));
    }

    @ParameterizedTest(name = "@SuppressWarnings on {0}")
    @ValueSource(strings = {"the class", "the fields"})
    void suppressed(String where) {
        TestSource audit = where.equals("the class")
                ? AUDIT.with("public class Audit", "@SuppressWarnings(\"touchstone\")\npublic class Audit")
                : AUDIT.with(
                        "Instant createdDate", "@SuppressWarnings(\"touchstone\") Instant createdDate",
                        "Instant lastModifiedDate", "@SuppressWarnings(\"touchstone\") Instant lastModifiedDate",
                        "Instant lastSeenAt", "@SuppressWarnings(\"touchstone\") Instant lastSeenAt",
                        "Instant endedAt", "@SuppressWarnings(\"touchstone\") Instant endedAt");
        JAVAC.assertCompilesClean(audit);
    }

    @Test
    void aFieldInheritedFromASourceBaseIsReportedWhereItIsDeclared() {
        TestSource base = TestSource.of("com.acme.AbstractAuditingEntity", """
                package com.acme;

                import java.time.Instant;

                public abstract class AbstractAuditingEntity<T> {
                    Instant createdAt = Instant.now();
                    Instant updatedAt;

                    public abstract T getId();
                }
                """);
        TestSource customer = TestSource.of("com.acme.Customer", """
                package com.acme;

                import io.github.touchstone.Timestamped;

                @Timestamped
                public class Customer extends AbstractAuditingEntity<Long> {
                    @Override
                    public Long getId() {
                        return 1L;
                    }
                }
                """);
        Diagnostics diagnostics = JAVAC.compile(base, customer);

        diagnostics.assertSucceeded();
        assertEquals(1, warnings(diagnostics).size(), diagnostics::toString);
        diagnostics.assertWarning("[TS209] createdAt is initialized in its declaration (= Instant.now())",
                base.field("Instant createdAt", "createdAt"));
    }

    @Test
    void ecjShowsNoInitializersAndReportsNothing() {
        ECJ.assertCompilesClean(AUDIT);
    }
}
