package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Diagnostics that point the right way, under javac and ECJ: "did you mean" offers only fields
 * that could be the timestamp, one mistake gives one error, and TS107 says how to fix it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class SuggestionsTest {

    @Parameter
    Compiler compiler;

    /** A JPA entity without createdAt, with every field that is no candidate for it. */
    static final TestSource ACCOUNT = TestSource.of("com.acme.Account", """
            package com.acme;

            import io.github.touchstone.CreatedAt;
            import io.github.touchstone.Duration;
            import io.github.touchstone.Timestamped;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Version;
            import java.time.Instant;

            @Entity
            @Timestamped
            @SuppressWarnings("touchstone")
            public class Account implements java.io.Serializable {
                private static final long serialVersionUID = 1L;
                static Instant bootedAt;
                @Id
                Long id;
                @Version
                Long version;
                long loginCount;
                java.time.LocalDate birthday;
                Instant creationTime;
                Instant updatedAt;
                Instant closedAt;
                @Duration(start = "creationTim", end = "closedAt")
                Long lifetimeMs;
            }
            """);

    @Test
    void suggestionsComeOnlyFromInstanceFieldsOfATimestampTypeThatAreNoIdOrVersion() {
        Diagnostics diagnostics = compiler.compile(ACCOUNT);

        diagnostics.assertFailed();
        assertEquals(List.of(
                "[TS105] @Timestamped Account has no createdAt field; did you mean closedAt or creationTime? Mark it"
                        + " @CreatedAt.",
                "[TS301] @Duration start = \"creationTim\": Account has no such field; did you mean creationTime or"
                        + " updatedAt or closedAt?"),
                diagnostics.errors());
        diagnostics.assertError("[TS105] @Timestamped Account has no createdAt field", ACCOUNT.annotation("@Timestamped"));
        diagnostics.assertError("[TS301] @Duration start = \"creationTim\"",
                ACCOUNT.value("@Duration", "start = \"creationTim\""));
    }

    @ParameterizedTest(name = "long createdAt named by the duration''s {0}")
    @ValueSource(strings = {"start", "end"})
    void aPrimitiveTimestampNamedByADurationIsOneError(String end) {
        TestSource job = TestSource.of("com.acme.Job", """
                package com.acme;

                import io.github.touchstone.Duration;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                public class Job {
                    long createdAt;
                    Instant updatedAt;
                    Instant finishedAt;
                    @Duration(%s)
                    Long runMs;
                }
                """.formatted(end.equals("start") ? "start = \"createdAt\", end = \"finishedAt\""
                        : "start = \"finishedAt\", end = \"createdAt\""));
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        assertEquals(List.of("[TS202] createdAt has primitive type long, which cannot say \"unknown\" without inventing"
                + " 1970; use Long (epoch milliseconds) or Instant"), diagnostics.errors());
        diagnostics.assertError("[TS202] createdAt has primitive type long", job.field("long createdAt", "createdAt"));
        compiler.assertCompilesClean(job.with("long createdAt", "Instant createdAt"));
    }

    @Test
    void aPrimitiveNamedOnlyByADurationIsReportedOnTheField() {
        TestSource job = TestSource.of("com.acme.Job", """
                package com.acme;

                import io.github.touchstone.Duration;
                import java.time.Instant;

                public class Job {
                    double startedAt;
                    Instant finishedAt;
                    @Duration(start = "startedAt", end = "finishedAt")
                    Long runMs;
                }
                """);
        Diagnostics diagnostics = compiler.compile(job);

        diagnostics.assertFailed();
        assertEquals(List.of("[TS202] startedAt has primitive type double, which cannot say \"unknown\" without"
                + " inventing 1970; use Double (epoch seconds) or Instant"), diagnostics.errors());
        diagnostics.assertError("[TS202] startedAt", job.field("double startedAt", "startedAt"));
    }

    @Test
    void ts107SuggestsMakingTheClassAbstractOrAnnotatingIt() {
        TestSource base = TestSource.of("com.acme.BaseEntity", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.UpdatedAt;
                import java.time.Instant;

                public class BaseEntity {
                    @CreatedAt
                    Instant created;
                    @UpdatedAt
                    Instant modified;
                }
                """);
        Diagnostics diagnostics = compiler.compile(base);

        diagnostics.assertFailed();
        assertEquals(List.of(
                "[TS107] @CreatedAt on created, but BaseEntity is not @Timestamped: nothing would set it; make BaseEntity"
                        + " abstract (a base class of @Timestamped subclasses) or annotate it @Timestamped",
                "[TS107] @UpdatedAt on modified, but BaseEntity is not @Timestamped: nothing would set it; make"
                        + " BaseEntity abstract (a base class of @Timestamped subclasses) or annotate it @Timestamped"),
                diagnostics.errors());
        diagnostics.assertError("make BaseEntity abstract", base.annotation("@CreatedAt"));
        compiler.assertCompilesClean(base.with("public class BaseEntity", "public abstract class BaseEntity"));
    }
}
