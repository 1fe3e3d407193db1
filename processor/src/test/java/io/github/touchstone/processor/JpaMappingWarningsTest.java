package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.touchstone.processor.TestSource.Target;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warnings on JPA mappings that lose or shift a value (TS210 to TS214), under javac and ECJ:
 * each on the field (or the class) at fault, silenced by {@code @SuppressWarnings("touchstone")},
 * and absent from the mapping the warning asks for.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class JpaMappingWarningsTest {

    @Parameter
    Compiler compiler;

    /** A JPA entity mapped as the warnings ask: private fields with accessors, its listener registered. */
    static final TestSource MEMBER = TestSource.of("com.acme.Member", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Timestamped;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EntityListeners;
            import jakarta.persistence.Id;
            import java.time.Instant;
            import java.time.temporal.ChronoUnit;

            @Entity
            @EntityListeners(MemberTimestamps.class)
            @Timestamped
            public class Member {
                @Id
                private Long id;
                @Column(updatable = false)
                private Instant createdAt;
                @Column(nullable = false)
                private Instant updatedAt;
                @ActivityTimestamp
                private Instant lastSeenAt;

                public Instant getCreatedAt() { return createdAt; }
                public void setCreatedAt(Instant value) { createdAt = value; }
                public Instant getUpdatedAt() { return updatedAt; }
                public void setUpdatedAt(Instant value) { updatedAt = value; }
                public Instant getLastSeenAt() { return lastSeenAt; }
                public void setLastSeenAt(Instant value) { lastSeenAt = value; }
            }
            """);

    static final String GETTER = "    public Instant getLastSeenAt() { return lastSeenAt; }\n";
    static final String SETTER = "    public void setLastSeenAt(Instant value) { lastSeenAt = value; }\n";

    /** Hibernate 6.5's annotation, by its qualified name: the processor reads it without depending on Hibernate. */
    static final TestSource FRACTIONAL_SECONDS = TestSource.of("org.hibernate.annotations.FractionalSeconds", """
            package org.hibernate.annotations;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;

            @Target({ElementType.FIELD, ElementType.METHOD})
            @Retention(RetentionPolicy.RUNTIME)
            public @interface FractionalSeconds {
                int value();
            }
            """);

    /** The Touchstone warnings, in order. */
    private static List<String> warnings(Diagnostics diagnostics) {
        return diagnostics.reported().stream().filter(Diagnostics.Reported::isWarning).map(Diagnostics.Reported::message)
                .filter(m -> m.startsWith("[TS")).toList();
    }

    @Test
    void theMappingTheWarningsAskForCompilesClean() {
        compiler.assertJpaCompilesClean(MEMBER);
    }

    // ---------------------------------------------------------------------------------------
    // one fault in MEMBER, one warning where it is, and the fix the warning asks for
    // ---------------------------------------------------------------------------------------

    private static final String TS210 = " of Member has no getter and setter, so the generated code reaches the field"
            + " itself: on a lazy JPA proxy (getReference, a LAZY association) or a bytecode-enhanced entity its writes"
            + " are lost";
    private static final String TS213 = " fractional digits: a value read back differs from the one written";
    private static final String TS214 = ", without time zone: read back under another JVM or session time zone it is"
            + " off by the zone's offset";
    private static final String SILENCED = "@SuppressWarnings(\"touchstone\") Instant lastSeenAt;";
    private static final String PRIVATE_FIELD = "private Instant lastSeenAt;";
    private static final Function<TestSource, Target> CREATED_AT = m -> m.field("private Instant createdAt;", "createdAt");
    private static final Function<TestSource, Target> UPDATED_AT = m -> m.field("private Instant updatedAt;", "updatedAt");
    private static final Function<TestSource, Target> LAST_SEEN_AT = m -> m.field("Instant lastSeenAt;", "lastSeenAt");
    private static final Function<TestSource, Target> CLASS = m -> m.type("class Member");
    private static final Function<TestSource, Target> PRECISION = m -> m.value("@Timestamped", "precision = ChronoUnit.NANOS");

    /** Name, the fault (pairs of from and to in MEMBER), the warning, where it points, the fix (pairs). */
    static Stream<Arguments> oneFaultOneWarning() {
        return Stream.of(
                arguments("TS210: no accessors", List.of(PRIVATE_FIELD, "Instant lastSeenAt;", GETTER, "", SETTER, ""),
                        "[TS210] lastSeenAt" + TS210, LAST_SEEN_AT,
                        List.of("Instant lastSeenAt;", SILENCED)),
                arguments("TS210: a getter, no setter", List.of(PRIVATE_FIELD, "Instant lastSeenAt;", SETTER, ""),
                        "[TS210] lastSeenAt" + TS210, LAST_SEEN_AT,
                        List.of("Instant lastSeenAt;", SILENCED)),
                arguments("TS210: a setter, no getter", List.of(PRIVATE_FIELD, "Instant lastSeenAt;", GETTER, ""),
                        "[TS210] lastSeenAt" + TS210, LAST_SEEN_AT,
                        List.of("Instant lastSeenAt;", SILENCED)),
                arguments("TS211: no @EntityListeners", List.of("@EntityListeners(MemberTimestamps.class)\n", ""),
                        "[TS211] @Entity Member registers no generated listener that covers all its timestamps, so they"
                                + " are stored unset and unchecked; register MemberTimestamps in @EntityListeners",
                        CLASS,
                        List.of("public class Member", "@SuppressWarnings(\"touchstone\")\npublic class Member")),
                arguments("TS212: insertable = false", List.of("@Column(nullable = false)", "@Column(insertable = false)"),
                        "[TS212] updatedAt is mapped insertable = false while updatedOnCreate is true: onCreate sets it,"
                                + " but the row would hold NULL, and the entity read back fails UPDATED_AT_MISSING",
                        UPDATED_AT,
                        List.of("@Timestamped", "@Timestamped(updatedOnCreate = false)")),
                arguments("TS212: insertable = false on the getter", List.of("@Column(nullable = false)\n", "",
                                "    public Instant getUpdatedAt()", "    @Column(insertable = false)\n    public Instant getUpdatedAt()"),
                        "[TS212] updatedAt is mapped insertable = false", UPDATED_AT,
                        List.of("@Column(insertable = false)", "@Column(nullable = false)")),
                arguments("TS213: NANOS", List.of("@Timestamped", "@Timestamped(precision = ChronoUnit.NANOS)"),
                        "[TS213] precision NANOS is finer than a timestamp column of PostgreSQL, MySQL or H2, which keeps"
                                + " 6" + TS213, PRECISION,
                        // columns that keep nanoseconds (Oracle's timestamp(9))
                        List.of("@Column(updatable = false)", "@Column(updatable = false, columnDefinition = \"timestamp(9)"
                                        + " with time zone\")",
                                "@Column(nullable = false)", "@Column(columnDefinition = \"timestamp(9) with time zone\")",
                                "@ActivityTimestamp\n", "@ActivityTimestamp\n    @Column(columnDefinition = \"timestamp(9)"
                                        + " with time zone\")\n")),
                arguments("TS213: timestamp(3) with time zone",
                        List.of("@Column(updatable = false)",
                                "@Column(updatable = false, columnDefinition = \"timestamp(3) with time zone\")"),
                        "[TS213] precision MICROS is finer than the column timestamp(3) with time zone of createdAt, which"
                                + " keeps 3" + TS213, CREATED_AT,
                        List.of("@Timestamped", "@Timestamped(precision = ChronoUnit.MILLIS)")),
                arguments("TS213: TIMESTAMPTZ (0)", List.of("@Column(nullable = false)",
                                "@Column(columnDefinition = \"TIMESTAMPTZ (0)\")"),
                        "[TS213] precision MICROS is finer than the column TIMESTAMPTZ (0) of updatedAt, which keeps 0"
                                + TS213, UPDATED_AT,
                        List.of("TIMESTAMPTZ (0)", "TIMESTAMPTZ (6)")),
                arguments("TS213: Hibernate's @FractionalSeconds(3)", List.of(
                                "import jakarta.persistence.Id;\n",
                                "import jakarta.persistence.Id;\nimport org.hibernate.annotations.FractionalSeconds;\n",
                                "@Column(nullable = false)", "@Column(nullable = false) @FractionalSeconds(3)"),
                        "[TS213] precision MICROS is finer than the @FractionalSeconds(3) column of updatedAt, which keeps 3"
                                + TS213, UPDATED_AT,
                        List.of("@FractionalSeconds(3)", "@FractionalSeconds(6)")),
                zoneless("timestamp", List.of("timestamp", "timestamp with time zone")),
                zoneless("timestamp(6)", List.of("timestamp(6)", "timestamptz(6)")),
                zoneless("TIMESTAMP(6) WITHOUT TIME ZONE", List.of("WITHOUT", "WITH")),
                zoneless("timestamp(6) not null", List.of("(6) not null", "(6) with time zone not null")),
                zoneless("datetime2(6)", List.of("datetime2(6)", "datetimeoffset(6)")),
                // MySQL has no column type with a zone: the UTC session time zone makes it safe, and says so
                zoneless("datetime(6)", List.of("private Instant updatedAt;",
                        "@SuppressWarnings(\"touchstone\") // hibernate.jdbc.time_zone=UTC\n    private Instant updatedAt;")));
    }

    /** TS214 for a {@code columnDefinition} of {@code updatedAt}. */
    private static Arguments zoneless(String definition, List<String> fix) {
        return arguments("TS214: " + definition,
                List.of("@Column(nullable = false)", "@Column(columnDefinition = \"" + definition + "\")"),
                "[TS214] updatedAt has type Instant, but its column is " + definition + TS214,
                UPDATED_AT, fix);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneFaultOneWarning(String name, List<String> fault, String message, Function<TestSource, Target> at,
            List<String> fix) {
        TestSource member = MEMBER.with(fault.toArray(String[]::new));
        Diagnostics diagnostics = compiler.compile(member, FRACTIONAL_SECONDS);

        diagnostics.assertSucceeded();
        assertEquals(1, warnings(diagnostics).size(), diagnostics::toString);
        diagnostics.assertWarning(message, at.apply(member));
        compiler.assertJpaCompilesClean(FRACTIONAL_SECONDS, member.with(fix.toArray(String[]::new)));
    }

    // ---------------------------------------------------------------------------------------
    // TS210 on a mapped superclass and a stored duration
    // ---------------------------------------------------------------------------------------

    @Test
    void ts210OnTheFieldsOfAMappedSuperclassAndOnAStoredDuration() {
        TestSource base = TestSource.of("com.acme.Audited", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Column;
                import jakarta.persistence.EntityListeners;
                import jakarta.persistence.MappedSuperclass;
                import java.time.Instant;

                @MappedSuperclass
                @EntityListeners(AuditedTimestamps.class)
                @Timestamped
                public abstract class Audited {
                    @Column(updatable = false)
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        TestSource run = TestSource.of("com.acme.Run", """
                package com.acme;

                import io.github.touchstone.Duration;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EntityListeners;
                import jakarta.persistence.ExcludeSuperclassListeners;
                import jakarta.persistence.Id;

                @Entity
                @EntityListeners(RunTimestamps.class)
                @ExcludeSuperclassListeners
                public class Run extends Audited {
                    @Id
                    Long id;
                    @Duration(start = "createdAt", end = "updatedAt")
                    Long ageMs;
                }
                """);
        Diagnostics diagnostics = compiler.compile(base, run);

        diagnostics.assertSucceeded();
        // the base's fields once, though both Audited and Run are entities
        assertEquals(3, warnings(diagnostics).size(), diagnostics::toString);
        diagnostics.assertWarning("[TS210] createdAt of Audited has no getter and setter",
                base.field("Instant createdAt;", "createdAt"));
        diagnostics.assertWarning("[TS210] updatedAt of Audited has no getter and setter",
                base.field("Instant updatedAt;", "updatedAt"));
        diagnostics.assertWarning("[TS210] ageMs of Run has no getter and setter", run.field("Long ageMs;", "ageMs"));
    }

    @Test
    void ts210OnAnEmbeddedValueAndOnTheFieldThatHoldsIt() {
        TestSource audit = TestSource.of("com.acme.Audit", """
                package com.acme;

                import io.github.touchstone.CreatedAt;
                import io.github.touchstone.UpdatedAt;
                import jakarta.persistence.Column;
                import jakarta.persistence.Embeddable;
                import java.time.Instant;

                @Embeddable
                public class Audit {
                    @CreatedAt @Column(updatable = false) Instant registeredAt;
                    @UpdatedAt private Instant changedAt;

                    public Instant getChangedAt() { return changedAt; }
                    public void setChangedAt(Instant value) { changedAt = value; }
                }
                """);
        TestSource shop = TestSource.of("com.acme.Shop", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Embedded;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EntityListeners;
                import jakarta.persistence.Id;

                @Entity
                @EntityListeners(ShopTimestamps.class)
                @Timestamped
                public class Shop {
                    @Id
                    private Long id;
                    @Embedded
                    Audit audit;
                }
                """);
        Diagnostics diagnostics = compiler.compile(audit, shop);

        diagnostics.assertSucceeded();
        assertEquals(2, warnings(diagnostics).size(), diagnostics::toString);
        diagnostics.assertWarning("[TS210] registeredAt of Audit has no getter and setter",
                audit.field("Instant registeredAt;", "registeredAt"));
        diagnostics.assertWarning("[TS210] audit of Shop has no getter and setter", shop.field("Audit audit;", "audit"));
        compiler.assertJpaCompilesClean(
                audit.with("Instant registeredAt;", "private Instant registeredAt;\n\n"
                        + "    public Instant getRegisteredAt() { return registeredAt; }\n"
                        + "    public void setRegisteredAt(Instant value) { registeredAt = value; }"),
                shop.with("Audit audit;", "private Audit audit;\n\n"
                        + "    public Audit getAudit() { return audit; }\n"
                        + "    public void setAudit(Audit value) { audit = value; }"));
    }

    // ---------------------------------------------------------------------------------------
    // TS211: the listeners of an entity and of its superclasses
    // ---------------------------------------------------------------------------------------

    /** A mapped superclass whose generated listener is registered on it, so every subclass inherits it. */
    static final TestSource BASE = TestSource.of("com.acme.base.BaseEntity", """
            package com.acme.base;

            import io.github.touchstone.Timestamped;
            import jakarta.persistence.Column;
            import jakarta.persistence.EntityListeners;
            import jakarta.persistence.MappedSuperclass;
            import java.time.Instant;

            @MappedSuperclass
            @EntityListeners(BaseEntityTimestamps.class)
            @Timestamped
            public abstract class BaseEntity {
                @Column(updatable = false)
                private Instant createdAt;
                private Instant updatedAt;

                public Instant getCreatedAt() { return createdAt; }
                public void setCreatedAt(Instant value) { createdAt = value; }
                public Instant getUpdatedAt() { return updatedAt; }
                public void setUpdatedAt(Instant value) { updatedAt = value; }
            }
            """);

    /** An entity on {@link #BASE} with an activity timestamp of its own, which the base's listener does not manage. */
    static final TestSource SESSION = TestSource.of("com.acme.Session", """
            package com.acme;

            import com.acme.base.BaseEntity;
            import io.github.touchstone.ActivityTimestamp;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import java.time.Instant;

            @Entity
            public class Session extends BaseEntity {
                @Id
                private Long id;
                @ActivityTimestamp
                private Instant lastSeenAt;

                public Instant getLastSeenAt() { return lastSeenAt; }
                public void setLastSeenAt(Instant value) { lastSeenAt = value; }
            }
            """);

    @Test
    void ts211SubclassWithATimestampOfItsOwnUnderABaseWhoseListenerIsRegistered() {
        Diagnostics diagnostics = compiler.compile(BASE, SESSION);

        diagnostics.assertSucceeded();
        assertEquals(List.of("[TS211] @Entity Session registers no generated listener that covers all its timestamps, so"
                + " they are stored unset and unchecked; register SessionTimestamps in @EntityListeners"),
                warnings(diagnostics));
        diagnostics.assertWarning("[TS211] @Entity Session", SESSION.type("class Session"));
        // its own listener, instead of the base's
        compiler.assertJpaCompilesClean(BASE, SESSION.with(
                "import jakarta.persistence.Entity;\n", "import jakarta.persistence.Entity;\n"
                        + "import jakarta.persistence.EntityListeners;\nimport jakarta.persistence.ExcludeSuperclassListeners;\n",
                "@Entity\n", "@Entity\n@EntityListeners(SessionTimestamps.class)\n@ExcludeSuperclassListeners\n"));
    }

    @Test
    void ts211ExcludedSuperclassListenersCoverNothing() {
        TestSource task = TestSource.of("com.acme.Task", """
                package com.acme;

                import com.acme.base.BaseEntity;
                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Entity;
                import jakarta.persistence.ExcludeSuperclassListeners;
                import jakarta.persistence.Id;

                @Entity
                @ExcludeSuperclassListeners
                @Timestamped
                public class Task extends BaseEntity {
                    @Id
                    private Long id;
                }
                """);
        Diagnostics diagnostics = compiler.compile(BASE, task);

        diagnostics.assertSucceeded();
        diagnostics.assertWarning("[TS211] @Entity Task registers no generated listener", task.type("class Task"));
        // the base's listener manages all Task has: it serves Task where it is not excluded
        compiler.assertJpaCompilesClean(BASE, task.with("@ExcludeSuperclassListeners\n", ""));
    }

    /**
     * Touchstone under a processing environment that wraps javac's, as Gradle's incremental
     * processing hands it: there are no trees to read a listener's name from before it is generated.
     */
    private static Processor underAWrappedEnvironment() {
        Processor touchstone = new TouchstoneProcessor();
        return (Processor) Proxy.newProxyInstance(Processor.class.getClassLoader(), new Class<?>[] {Processor.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("init")) {
                        ProcessingEnvironment javacs = (ProcessingEnvironment) args[0];
                        args = new Object[] {Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
                                new Class<?>[] {ProcessingEnvironment.class}, (p, m, a) -> m.invoke(javacs, a))};
                    }
                    return method.invoke(touchstone, args);
                });
    }

    @Test
    void ts211UnderAWrappedEnvironmentRegisteredListenersAreNotGuessed() {
        assumeTrue(compiler == Compiler.JAVAC, "ECJ names an unresolved class itself");
        Diagnostics diagnostics = compiler.compile(underAWrappedEnvironment(), BASE, SESSION.with(
                "import jakarta.persistence.Entity;\n", "import jakarta.persistence.Entity;\n"
                        + "import jakarta.persistence.EntityListeners;\n",
                "@Entity\n", "@Entity\n@EntityListeners(SessionTimestamps.class)\n"));

        diagnostics.assertSucceeded();
        assertEquals(List.of(), warnings(diagnostics));
    }

    // ---------------------------------------------------------------------------------------
    // TS214: only for an instant in a column without time zone
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "no TS214: {0}")
    @ValueSource(strings = {"timestamp with time zone", "timestamp(6) with time zone", "timestamptz",
        "TIMESTAMP(6) WITH LOCAL TIME ZONE", "datetimeoffset(6)", "bigint"})
    void columnsWithTimeZoneAreFine(String definition) {
        compiler.assertJpaCompilesClean(
                MEMBER.with("@Column(nullable = false)", "@Column(columnDefinition = \"" + definition + "\")"));
    }

    @Test
    void ts214IsForInstantsOnly() {
        // a LocalDateTime is a wall time (TS206 says so): a zone-less column is its natural home
        compiler.assertJpaCompilesClean(MEMBER.with(
                "@Column(nullable = false)", "@Column(columnDefinition = \"timestamp(6)\")",
                "private Instant updatedAt;", "@SuppressWarnings(\"touchstone\") private java.time.LocalDateTime updatedAt;",
                "public Instant getUpdatedAt()", "public java.time.LocalDateTime getUpdatedAt()",
                "public void setUpdatedAt(Instant value)", "public void setUpdatedAt(java.time.LocalDateTime value)"));
    }

    // ---------------------------------------------------------------------------------------
    // under ECJ, and silenced
    // ---------------------------------------------------------------------------------------

    /** One entity with every mapping warning, on the fields (or the class) that cause them. */
    static final TestSource EVERY_WARNING = MEMBER.with(
            "@EntityListeners(MemberTimestamps.class)\n", "",
            "@Timestamped", "@Timestamped(precision = ChronoUnit.NANOS)",
            "@Column(updatable = false)", "@Column(updatable = false, columnDefinition = \"timestamp(3)\")",
            "@Column(nullable = false)", "@Column(insertable = false)",
            "private Instant lastSeenAt;", "Instant lastSeenAt;",
            GETTER, "");

    @Test
    void everyMappingWarningAtOnceAndSilenced() {
        Diagnostics diagnostics = compiler.compile(EVERY_WARNING);

        diagnostics.assertSucceeded();
        // TS213 twice: createdAt's timestamp(3), and the columns that declare no digits under NANOS
        assertEquals(6, warnings(diagnostics).size(), diagnostics::toString);
        TestSource s = EVERY_WARNING;
        diagnostics.assertWarning("[TS210] lastSeenAt of Member", s.field("Instant lastSeenAt;", "lastSeenAt"));
        diagnostics.assertWarning("[TS211] @Entity Member", s.type("class Member"));
        diagnostics.assertWarning("[TS212] updatedAt", s.field("private Instant updatedAt;", "updatedAt"));
        diagnostics.assertWarning("[TS213] precision NANOS is finer than the column timestamp(3) of createdAt",
                s.field("private Instant createdAt;", "createdAt"));
        diagnostics.assertWarning("[TS213] precision NANOS is finer than a timestamp column",
                s.value("@Timestamped", "precision = ChronoUnit.NANOS"));
        diagnostics.assertWarning("[TS214] createdAt has type Instant", s.field("private Instant createdAt;", "createdAt"));
        compiler.assertJpaCompilesClean(
                s.with("public class Member", "@SuppressWarnings(\"touchstone\")\npublic class Member"));
    }
}
