package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.processor.model.Access;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.model.Expiry;
import io.github.touchstone.processor.model.Names;
import io.github.touchstone.processor.model.TimestampField;
import io.github.touchstone.processor.model.TrackedField;
import io.github.touchstone.processor.validation.Message;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the generators are given for {@code @Expiry} and {@code @Timestamped(trackChanges = true)}:
 * the expiries' base and method names, and which fields change detection compares, how it reads
 * them and how it copies them; read under javac and ECJ through {@link ModelCapture}.
 */
class ExpiryAndTrackingModelTest {

    @ParameterizedTest(name = "{0} (name = \"{1}\") -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "tokenExpiresAt  |         | token",
        "expiresAt       |         | ''",
        "validUntil      |         | validUntil",
        "sessionExpiry   |         | sessionExpiry",
        "ExpiresAt       |         | ExpiresAt",
        "tokenExpiresAt  | refresh | refresh",
        "expiresAt       | session | session",
    })
    void baseName(String field, String name, String base) {
        assertEquals(base, Names.expiryBaseName(field, name == null ? "" : name));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}, {2}, {3}")
    @CsvSource({
        "'',    expireIn,      isExpired,      timeToExpiry",
        "token, expireTokenIn, isTokenExpired, tokenTimeToExpiry",
        "Token, expireTokenIn, isTokenExpired, tokenTimeToExpiry",
        "validUntil, expireValidUntilIn, isValidUntilExpired, validUntilTimeToExpiry",
    })
    void expiryMethodNames(String base, String expireIn, String isExpired, String timeToExpiry) {
        assertEquals(expireIn, Names.expireInName(base));
        assertEquals(isExpired, Names.isExpiredName(base));
        assertEquals(timeToExpiry, Names.timeToExpiryName(base));
        assertEquals(List.of(expireIn, isExpired, timeToExpiry), Names.expiryMethods(base));
    }

    @Test
    void changeMethodNames() {
        assertEquals(List.of("snapshot", "changedSince", "touchIfChanged"), Names.changeMethods(false));
        assertEquals(List.of("changed", "touchIfChanged"), Names.changeMethods(true));
        assertEquals("Snapshot", Names.SNAPSHOT_TYPE);
    }

    @Nested
    @ParameterizedClass(name = "{0}")
    @EnumSource(Compiler.class)
    class Read {

        @Parameter
        Compiler compiler;

        private ModelCapture read(TestSource... sources) {
            ModelCapture capture = new ModelCapture();
            compiler.compile(capture, sources).assertSucceeded();
            return capture;
        }

        @Test
        void expiries() {
            EntityModel model = read(TestSource.of("com.acme.ApiKey", """
                    package com.acme;

                    import io.github.touchstone.Expiry;
                    import java.time.Instant;

                    public class ApiKey {
                        @Expiry Instant expiresAt;
                        @Expiry private Long tokenExpiresAt;
                        @Expiry(name = "refresh") Instant refreshValidUntil;
                        @Expiry Instant validUntil;

                        public Long getTokenExpiresAt() { return tokenExpiresAt; }
                        public void setTokenExpiresAt(Long tokenExpiresAt) { this.tokenExpiresAt = tokenExpiresAt; }
                    }
                    """)).model("com.acme.ApiKey");

            assertEquals(List.of("expiresAt=", "tokenExpiresAt=token", "refreshValidUntil=refresh", "validUntil=validUntil"),
                    model.expiries().stream().map(e -> e.field().name() + "=" + e.baseName()).toList());
            assertEquals(Access.accessors("getTokenExpiresAt", "setTokenExpiresAt"), model.expiries().get(1).field().access());
            assertEquals(Access.field(), model.expiries().get(0).field().access());
            assertTrue(model.lifecycle().isEmpty());
            assertTrue(model.managedTimestamps().isEmpty(), "an expiry is not a managed timestamp");
            assertEquals(model.expiries().stream().map(Expiry::field).toList(), model.expiryFields());
            assertEquals(model.expiryFields(), model.timestampFields());
            assertTrue(model.changeTracking().isEmpty());
            // an Instant and a Long: one instant in both is a whole millisecond
            assertEquals(ChronoUnit.MILLIS, model.nowPrecision());
        }

        @Test
        void anExpiryWrittenThroughAWither() {
            EntityModel model = read(TestSource.of("com.acme.Grant", """
                    package com.acme;

                    import io.github.touchstone.Expiry;
                    import java.time.Instant;

                    public final class Grant {
                        @Expiry final Instant expiresAt;

                        Grant(Instant expiresAt) { this.expiresAt = expiresAt; }

                        public Instant getExpiresAt() { return expiresAt; }
                        public Grant withExpiresAt(Instant expiresAt) { return new Grant(expiresAt); }
                    }
                    """)).model("com.acme.Grant");

            assertEquals(Access.wither("getExpiresAt", "withExpiresAt"), model.expiries().get(0).field().access());
            assertTrue(model.usesWithers());
            assertTrue(model.changesCopies());
        }

        @Test
        void trackedFieldsOfAClass() {
            TestSource party = TestSource.of("com.acme.Party", """
                    package com.acme;

                    public abstract class Party {
                        protected Long id;
                        private String taxId;
                        private String code;

                        public String getCode() { return code; }
                    }
                    """);
            TestSource customer = TestSource.of("com.acme.Customer", """
                    package com.acme;

                    import io.github.touchstone.ActivityTimestamp;
                    import io.github.touchstone.Expiry;
                    import io.github.touchstone.Timestamped;
                    import io.github.touchstone.Untracked;
                    import java.math.BigDecimal;
                    import java.time.Instant;
                    import java.util.ArrayList;
                    import java.util.Collection;
                    import java.util.List;
                    import java.util.Set;
                    import java.util.TreeMap;

                    @Timestamped(trackChanges = true)
                    public class Customer extends Party {
                        static int instances;
                        Instant createdAt;
                        Instant updatedAt;
                        @ActivityTimestamp Instant lastLoginAt;
                        @Expiry Instant expiresAt;
                        String name;
                        BigDecimal balance;
                        private boolean active;
                        private Boolean verified;
                        int[] pins;
                        String[][] grid;
                        List<String> tags;
                        ArrayList<Integer> scores;
                        Set<String> roles;
                        TreeMap<String, Integer> limits;
                        Collection<String> notes;
                        transient String cache;
                        @Untracked String etag;
                        @jakarta.persistence.Transient String view;

                        public boolean isActive() { return active; }
                        public Boolean getVerified() { return verified; }
                    }
                    """);
            ModelCapture capture = read(party, customer);
            EntityModel model = capture.model("com.acme.Customer");

            assertEquals("""
                    expiresAt VALUE FIELD java.time.Instant
                    name VALUE FIELD java.lang.String
                    balance VALUE FIELD java.math.BigDecimal
                    active VALUE isActive() boolean
                    verified VALUE getVerified() java.lang.Boolean
                    pins PRIMITIVE_ARRAY FIELD int[]
                    grid OBJECT_ARRAY FIELD java.lang.String[][]
                    tags LIST FIELD java.util.List<java.lang.String>
                    scores LIST FIELD java.util.ArrayList<java.lang.Integer> as java.util.List<java.lang.Integer>
                    roles SET FIELD java.util.Set<java.lang.String>
                    limits MAP FIELD java.util.TreeMap<java.lang.String, java.lang.Integer> as java.util.Map<java.lang.String, java.lang.Integer>
                    notes VALUE FIELD java.util.Collection<java.lang.String>
                    id VALUE FIELD java.lang.Long
                    code VALUE getCode() java.lang.String
                    """, describe(model.changeTracking().orElseThrow().fields()));
            // taxId is left out, with TS215
            assertEquals(List.of(Message.UNREADABLE_TRACKED_FIELD),
                    capture.report("com.acme.Customer").items().stream().map(i -> i.message()).toList());
            // the expiry is tracked, and still not managed
            assertEquals(List.of("createdAt", "updatedAt", "lastLoginAt"),
                    model.managedTimestamps().stream().map(TimestampField::name).toList());
        }

        @Test
        void trackedFieldsOfAGenericSuperclassAreSeenWithTheEntitysArguments() {
            TestSource box = TestSource.of("com.acme.Box", """
                    package com.acme;

                    import java.util.List;

                    public abstract class Box<T, L extends List<T>> {
                        T item;
                        L items;
                    }
                    """);
            TestSource crate = TestSource.of("com.acme.Crate", """
                    package com.acme;

                    import io.github.touchstone.Timestamped;
                    import java.time.Instant;
                    import java.util.LinkedList;

                    @Timestamped(trackChanges = true)
                    public class Crate extends Box<String, LinkedList<String>> {
                        Instant createdAt;
                        Instant updatedAt;
                    }
                    """);
            EntityModel model = read(box, crate).model("com.acme.Crate");

            assertEquals("""
                    item VALUE FIELD java.lang.String
                    items LIST FIELD java.util.LinkedList<java.lang.String> as java.util.List<java.lang.String>
                    """, describe(model.changeTracking().orElseThrow().fields()));
        }

        @Test
        void trackedComponentsOfARecord() {
            EntityModel model = read(TestSource.of("com.acme.Note", """
                    package com.acme;

                    import io.github.touchstone.Timestamped;
                    import io.github.touchstone.Untracked;
                    import java.time.Instant;
                    import java.util.Map;

                    @Timestamped(trackChanges = true)
                    public record Note(Instant createdAt, Instant updatedAt, String text, @Untracked int views,
                            Map<String, String> labels, byte[] attachment) {
                    }
                    """)).model("com.acme.Note");

            assertEquals("""
                    text VALUE RECORD_COMPONENT java.lang.String
                    labels MAP RECORD_COMPONENT java.util.Map<java.lang.String, java.lang.String>
                    attachment PRIMITIVE_ARRAY RECORD_COMPONENT byte[]
                    """, describe(model.changeTracking().orElseThrow().fields()));
        }

        @Test
        void noChangeTrackingUnlessAskedForByAConcreteClass() {
            ModelCapture capture = read(TestSource.of("com.acme.Base", """
                    package com.acme;

                    import io.github.touchstone.Timestamped;
                    import java.time.Instant;

                    @Timestamped(trackChanges = true)
                    public abstract class Base {
                        Instant createdAt;
                        Instant updatedAt;
                        String name;
                    }
                    """), TestSource.of("com.acme.Plain", """
                    package com.acme;

                    import io.github.touchstone.Timestamped;
                    import java.time.Instant;

                    @Timestamped
                    public class Plain {
                        Instant createdAt;
                        Instant updatedAt;
                        String name;
                    }
                    """));

            assertFalse(capture.model("com.acme.Base").changeTracking().isPresent());
            assertFalse(capture.model("com.acme.Plain").changeTracking().isPresent());
        }

        /** One line per field: name, kind, how it is read, type, and the snapshot's type where it differs. */
        private static String describe(List<TrackedField> fields) {
            return fields.stream().map(f -> f.name() + " " + f.kind() + " "
                            + (f.access().style() == Access.Style.ACCESSORS ? f.access().getter() + "()" : f.access().style())
                            + " " + f.type()
                            + (f.snapshotType().equals(f.type()) ? "" : " as " + f.snapshotType()) + "\n")
                    .collect(Collectors.joining());
        }
    }
}
