package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diagnostics of {@code @Expiry} (TS111 to TS113, and the timestamp rules it shares) and of
 * {@code @Timestamped(trackChanges = true)} (TS215, and the generated names it takes), under javac
 * and ECJ: message, file, line and column, and the fixed source compiling clean.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class ExpiryAndTrackingDiagnosticsTest {

    @Parameter
    Compiler compiler;

    /** A {@code @Timestamped} session whose fields are {@code %s}. */
    static final String SESSION = """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.CreatedAt;
            import io.github.touchstone.Expiry;
            import io.github.touchstone.Timestamped;
            import io.github.touchstone.UpdatedAt;
            import java.time.Instant;

            @Timestamped
            public class Session {
            %s
            }
            """;

    // ---------------------------------------------------------------------------------------
    // @Expiry
    // ---------------------------------------------------------------------------------------

    /**
     * The fixed source compiles, and nothing is reported on it. What the generated code of an
     * entity with expiries only looks like is not this test's subject (it has no expiry methods
     * yet): ECJ may warn about it.
     */
    private void assertFixed(TestSource source) {
        Diagnostics diagnostics = compiler.compile(source);
        diagnostics.assertSucceeded();
        assertTrue(diagnostics.reported().stream()
                        .noneMatch(d -> d.message().startsWith("[TS") || d.file().equals(source.path())),
                diagnostics::toString);
    }

    @ParameterizedTest(name = "TS111: @Expiry on {1}")
    @CsvSource(delimiter = '|', value = {
        // fields | role in the message | the field to fix | its fixed declaration
        "@CreatedAt @Expiry Instant issuedAt; Instant updatedAt;"
                + "                      | @CreatedAt                | @CreatedAt @Expiry Instant issuedAt"
                + " | @CreatedAt Instant issuedAt; @Expiry Instant expiresAt",
        "Instant createdAt; @UpdatedAt @Expiry Instant changedAt;"
                + "                      | @UpdatedAt                | @UpdatedAt @Expiry Instant changedAt"
                + " | @UpdatedAt Instant changedAt; @Expiry Instant expiresAt",
        "Instant createdAt; Instant updatedAt; @ActivityTimestamp @Expiry Instant lastSeenAt;"
                + " | @ActivityTimestamp        | @ActivityTimestamp @Expiry Instant lastSeenAt"
                + " | @ActivityTimestamp Instant lastSeenAt; @Expiry Instant expiresAt",
        "Instant createdAt; @Expiry Instant updatedAt;"
                + "                      | the entity's updatedAt    | @Expiry Instant updatedAt"
                + " | Instant updatedAt; @Expiry Instant expiresAt",
    })
    void ts111ExpiryOnAManagedTimestamp(String fields, String role, String wrong, String fixed) {
        TestSource session = TestSource.of("com.acme.Session", SESSION.formatted("    " + fields));
        String field = wrong.substring(wrong.lastIndexOf(' ') + 1);
        Diagnostics diagnostics = compiler.compile(session);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS111] " + field + " is both @Expiry and " + role
                + ": an expiry lies in the future by design", session.annotation(wrong, "@Expiry"));
        compiler.assertCompilesClean(session.with(wrong, fixed));
    }

    /** An API key whose expiries are {@code %s}. */
    static final String API_KEY = """
            package com.acme;

            import io.github.touchstone.Expiry;
            import java.time.Instant;

            public class ApiKey {
                @Expiry Instant expiresAt;
                @Expiry Instant tokenExpiresAt;
                %s
            }
            """;

    @ParameterizedTest(name = "TS112: {0}")
    @CsvSource(delimiter = '|', value = {
        // the second expiry | its field | how to fix it
        "@Expiry(name = \"token\") Instant refreshTokenValidUntil; | refreshTokenValidUntil | name = \"refreshToken\"",
        "@Expiry Instant TokenExpiresAt;                           | TokenExpiresAt         | Instant sessionExpiresAt",
    })
    void ts112TwoExpiriesWithOneName(String declaration, String field, String fix) {
        TestSource key = TestSource.of("com.acme.ApiKey", API_KEY.formatted(declaration));
        Diagnostics diagnostics = compiler.compile(key);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS112] @Expiry fields tokenExpiresAt and " + field + " would both generate"
                + " the method expireTokenIn", key.annotation(field, "@Expiry"));
        String wrong = fix.startsWith("name") ? "name = \"token\"" : "Instant " + field;
        assertFixed(key.with(wrong, fix));
    }

    @Test
    void ts113ExpiryNameThatIsNotAnIdentifier() {
        TestSource key = TestSource.of("com.acme.ApiKey", """
                package com.acme;

                import io.github.touchstone.Expiry;
                import java.time.Instant;

                public class ApiKey {
                    @Expiry(name = "access token") Instant validUntil;
                }
                """);
        Diagnostics diagnostics = compiler.compile(key);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS113] @Expiry name \"access token\" is not a Java identifier",
                key.value("name = \"access token\""));
        assertFixed(key.with("access token", "accessToken"));
    }

    /** An expiry with nothing else: the class is an entity of its own, with the default precision. */
    static final String CONNECTION = """
            package com.acme;

            import io.github.touchstone.Expiry;
            import java.time.Instant;

            public class UserConnection {
                %s
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@Expiry long expiresAt;              | [TS202] expiresAt has primitive type long",
        "@Expiry java.util.Date expiresAt;    | [TS201] expiresAt has type java.util.Date, which is not a supported",
        "@Expiry static Instant expiresAt;    | [TS203] expiresAt is static",
        "@Expiry final Instant expiresAt = null; | [TS204] expiresAt is final and UserConnection has no wither",
        "@Expiry private Instant expiresAt;   | [TS205] expiresAt is private and UserConnection has no getter"
                + " getExpiresAt() and setter setExpiresAt(Instant)",
    })
    void expiryFollowsTheTimestampRules(String declaration, String message) {
        TestSource connection = TestSource.of("com.acme.UserConnection", CONNECTION.formatted(declaration));
        Diagnostics diagnostics = compiler.compile(connection);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError(message, connection.field(declaration, "expiresAt"));
        assertFixed(connection.with(declaration, "@Expiry Instant expiresAt;"));
    }

    @Test
    void anExpiryAloneMakesAnEntity() {
        TestSource connection = TestSource.of("com.acme.UserConnection", CONNECTION.formatted("@Expiry Double expiresAt;"));
        RecordingProcessor processor = RecordingProcessor.recording();
        compiler.compile(processor, connection).assertSucceeded();
        assertFixed(connection);
        assertEquals(Set.of("com.acme.UserConnectionTimestamps"),
                processor.createdSources());
    }

    @Test
    void anExpiryMayEndADuration() {
        compiler.assertCompilesClean(TestSource.of("com.acme.Invitation", """
                package com.acme;

                import io.github.touchstone.Duration;
                import io.github.touchstone.Expiry;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped
                @Duration(start = "createdAt", end = "expiresAt", name = "validity")
                public class Invitation {
                    Instant createdAt;
                    Instant updatedAt;
                    @Expiry Instant expiresAt;
                }
                """));
    }

    @Test
    void anExpiryOfAnotherTypeIsAMixedType() {
        TestSource session = TestSource.of("com.acme.Session",
                SESSION.formatted("    Instant createdAt;\n    Instant updatedAt;\n    @Expiry Long expiresAt;"));
        Diagnostics diagnostics = compiler.compile(session);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS207] expiresAt has type Long while createdAt has type Instant",
                session.field("Long expiresAt", "expiresAt"));
    }

    @Test
    void ts210OnAJpaExpiryWithoutAccessors() {
        TestSource member = TestSource.of("com.acme.Member", """
                package com.acme;

                import io.github.touchstone.Expiry;
                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EntityListeners;
                import jakarta.persistence.Id;
                import java.time.Instant;

                @Entity
                @EntityListeners(MemberTimestamps.class)
                @Timestamped
                public class Member {
                    @Id
                    private Long id;
                    @Column(updatable = false)
                    private Instant createdAt;
                    private Instant updatedAt;
                    @Expiry Instant expiresAt;

                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant value) { createdAt = value; }
                    public Instant getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(Instant value) { updatedAt = value; }
                }
                """);
        Diagnostics diagnostics = compiler.compile(member);

        diagnostics.assertSucceeded();
        // javac's lint also says no processor claimed the JPA annotations
        assertEquals(1, diagnostics.reported().stream().filter(d -> d.message().startsWith("[TS")).count(),
                diagnostics::toString);
        diagnostics.assertWarning("[TS210] expiresAt of Member has no getter and setter",
                member.field("@Expiry Instant expiresAt", "expiresAt"));
        compiler.assertJpaCompilesClean(member.with("@Expiry Instant expiresAt;", """
                @Expiry private Instant expiresAt;
                    public Instant getExpiresAt() { return expiresAt; }
                    public void setExpiresAt(Instant value) { expiresAt = value; }"""));
    }

    @ParameterizedTest(name = "TS307: a duration named {0}")
    @CsvSource({"timeToExpiry", "isExpired", "expireIn"})
    void ts307DurationNamedLikeAnExpiryMethod(String name) {
        TestSource session = TestSource.of("com.acme.Session", SESSION.formatted("""
                    Instant createdAt;
                    Instant updatedAt;
                    @Expiry Instant expiresAt;
                    @io.github.touchstone.Duration(start = "createdAt", end = "updatedAt", name = "%s") Long spanMs;
                """.formatted(name)));
        Diagnostics diagnostics = compiler.compile(session);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        diagnostics.assertError("[TS307] @Duration name \"" + name + "\" clashes with the generated method " + name,
                session.value("name = \"" + name + "\""));
        compiler.assertCompilesClean(session.with("name = \"" + name + "\"", "name = \"span\""));
    }

    // ---------------------------------------------------------------------------------------
    // trackChanges = true
    // ---------------------------------------------------------------------------------------

    /** A customer that tracks changes, with the fields {@code %s}. */
    static final String CUSTOMER = """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import io.github.touchstone.Untracked;
            import java.time.Instant;

            @Timestamped(trackChanges = true)
            public class Customer {
                Instant createdAt;
                Instant updatedAt;
                String name;
                %s
            }
            """;

    @Test
    void ts215TrackedFieldTheHelperCannotRead() {
        TestSource customer = TestSource.of("com.acme.Customer", CUSTOMER.formatted("private int loginCount;"));
        Diagnostics diagnostics = compiler.compile(customer);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS215] loginCount is private and Customer has no getter getLoginCount() that the"
                + " generated helper in package com.acme can call, so change detection cannot compare it and ignores it",
                customer.field("private int loginCount", "loginCount"));
    }

    @ParameterizedTest(name = "no TS215: {0}")
    @CsvSource(delimiter = '|', value = {
        "@Untracked private int loginCount;",
        "private transient int loginCount;",
        "@SuppressWarnings(\"touchstone\") private int loginCount;",
        "private int loginCount; public int getLoginCount() { return loginCount; }",
        "private boolean active; public boolean isActive() { return active; }",
        "@jakarta.persistence.Transient private int loginCount;",
    })
    void readableOrUntrackedFieldsAreFine(String declaration) {
        compiler.assertJpaCompilesClean(TestSource.of("com.acme.Customer", CUSTOMER.formatted(declaration)));
    }

    @Test
    void ts215InASuperclassIsReportedWhereTheFieldIsDeclared() {
        TestSource base = TestSource.of("com.acme.Party", """
                package com.acme;

                public abstract class Party {
                    private String taxId;
                }
                """);
        TestSource customer = TestSource.of("com.acme.Customer",
                CUSTOMER.formatted("").replace("public class Customer {", "public class Customer extends Party {"));
        Diagnostics diagnostics = compiler.compile(base, customer);

        diagnostics.assertSucceeded();
        diagnostics.assertWarningCount(1);
        diagnostics.assertWarning("[TS215] taxId is private and Customer has no getter getTaxId()",
                base.field("private String taxId", "taxId"));
    }

    @Test
    void noChangeDetectionWithoutTrackChangesOrOnAnAbstractClass() {
        TestSource customer = TestSource.of("com.acme.Customer", CUSTOMER.formatted("private int loginCount;"));
        compiler.assertCompilesClean(customer.with("(trackChanges = true)", ""));
        compiler.assertCompilesClean(customer.with("(trackChanges = true)", "(trackChanges = false)"));
        compiler.assertCompilesClean(customer.with("public class Customer", "public abstract class Customer"));
    }

    @Test
    void untrackedAloneIsHarmless() {
        // neither an entity (no helper) nor a misplaced annotation (no TS101, no TS102)
        TestSource status = TestSource.of("com.acme.Status", """
                package com.acme;

                import io.github.touchstone.Untracked;

                public enum Status {
                    ACTIVE, RETIRED;

                    @Untracked int uses;

                    Object local() {
                        class Counter {
                            @Untracked int count;
                        }
                        return new Counter();
                    }
                }
                """);
        RecordingProcessor processor = RecordingProcessor.recording();
        Diagnostics diagnostics = compiler.compile(processor, status);

        diagnostics.assertClean();
        assertTrue(processor.createdSources().isEmpty(), processor.createdSources()::toString);
    }

    @ParameterizedTest(name = "TS307: a duration named {0} in a tracked {1}")
    @CsvSource({"snapshot, class", "changedSince, class", "touchIfChanged, class", "changed, record"})
    void ts307DurationNamedLikeAChangeMethod(String name, String kind) {
        String duration = "@Duration(start = \"createdAt\", end = \"updatedAt\", name = \"" + name + "\") Long spanMs";
        String declaration = kind.equals("record")
                ? "public record Customer(Instant createdAt, Instant updatedAt, " + duration + ") {\n}"
                : "public class Customer {\n    Instant createdAt;\n    Instant updatedAt;\n    " + duration + ";\n}";
        TestSource customer = TestSource.of("com.acme.Customer", """
                package com.acme;

                import io.github.touchstone.Duration;
                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped(trackChanges = true)
                %s
                """.formatted(declaration));
        Diagnostics diagnostics = compiler.compile(customer);

        diagnostics.assertFailed();
        diagnostics.assertErrorCount(1);
        TestSource.Target value = customer.value("name = \"" + name + "\"");
        if (kind.equals("record")) {
            // on the annotation of a record component's field, ECJ points at the field's name
            value = new TestSource.Target(customer, value.javac(), customer.field("Long spanMs", "spanMs").ecj());
        }
        diagnostics.assertError("[TS307] @Duration name \"" + name + "\" clashes with the generated method " + name,
                value);
        compiler.assertCompilesClean(customer.with("trackChanges = true", "trackChanges = false"));
    }
}
