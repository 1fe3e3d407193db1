package io.github.touchstone.processor;

import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static io.github.touchstone.processor.GeneratedClasses.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Timestamped(trackChanges = true)}: {@code snapshot}, {@code changedSince} and
 * {@code touchIfChanged} on a class, {@code changed} and {@code touchIfChanged} on a record,
 * over the tracked fields of the SPEC: values by {@code equals}, arrays by content, collections
 * copied so a change in place counts; {@code transient}, {@code @Untracked}, activity and
 * lifecycle timestamps excluded; an expiry tracked.
 */
class ChangeDetectionTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");

    static final TestSource PROFILE = TestSource.of("com.acme.Profile", """
            package com.acme;

            import io.github.touchstone.ActivityTimestamp;
            import io.github.touchstone.Expiry;
            import io.github.touchstone.Timestamped;
            import io.github.touchstone.Untracked;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.List;

            @Timestamped(trackChanges = true)
            public class Profile {
                String name;
                private BigDecimal balance;
                List<String> tags;
                byte[] avatar;
                String[] aliases;
                int level;
                double score;
                transient String cache;
                @Untracked String lastIp;
                Instant createdAt;
                Instant updatedAt;
                @ActivityTimestamp Instant lastSeenAt;
                @Expiry Instant expiresAt;

                public BigDecimal getBalance() { return balance; }
                public void setBalance(BigDecimal balance) { this.balance = balance; }
            }
            """);

    static Stream<Arguments> changes() {
        return Stream.of(
                change("a new name", p -> set(p, "name", "bob")),
                change("a value equal but not the same (1.0 and 1.00 differ)", p -> set(p, "balance", new BigDecimal("1.00"))),
                change("an element added to the list in place", p -> list(p).add("new")),
                change("the list set to null", p -> set(p, "tags", null)),
                change("a byte of the array changed in place", p -> ((byte[]) get(p, "avatar"))[0] = 9),
                change("an alias changed in place", p -> ((String[]) get(p, "aliases"))[1] = "x"),
                change("a primitive", p -> set(p, "level", 4)),
                change("a double", p -> set(p, "score", 0.5)),
                change("the expiry (it is data)", p -> set(p, "expiresAt", T1)));
    }

    static Stream<Arguments> nonChanges() {
        return Stream.of(
                change("nothing", p -> { }),
                change("an equal list in a new object", p -> set(p, "tags", new ArrayList<>(list(p)))),
                change("an equal array in a new object", p -> set(p, "avatar", new byte[] {1, 2})),
                change("a transient field", p -> set(p, "cache", "warm")),
                change("an @Untracked field", p -> set(p, "lastIp", "10.0.0.1")),
                change("an activity timestamp", p -> set(p, "lastSeenAt", T1)),
                change("updatedAt itself", p -> set(p, "updatedAt", T1)));
    }

    private static Arguments change(String what, Consumer<Object> change) {
        return Arguments.of(what, change);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object profile) {
        return (List<String>) get(profile, "tags");
    }

    private static Object profile(GeneratedClasses classes) {
        Object profile = classes.create("com.acme.Profile");
        set(profile, "name", "ada");
        set(profile, "balance", new BigDecimal("1.0"));
        set(profile, "tags", new ArrayList<>(Arrays.asList("a", null)));
        set(profile, "avatar", new byte[] {1, 2});
        set(profile, "aliases", new String[] {"ada", "al"});
        set(profile, "level", 3);
        set(profile, "score", 1.5);
        set(profile, "createdAt", T0);
        set(profile, "updatedAt", T0);
        return profile;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeToATrackedFieldTouches(String what, Consumer<Object> change) {
        GeneratedClasses classes = Compilations.compileAndLoad(PROFILE.file());
        Object helper = classes.timestamps("com.acme.Profile", T1);
        Object profile = profile(classes);
        Object before = call(helper, "snapshot", profile);

        change.accept(profile);

        assertTrue((Boolean) call(helper, "changedSince", profile, before), what);
        assertTrue((Boolean) call(helper, "touchIfChanged", profile, before), what);
        assertEquals(T1, get(profile, "updatedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonChanges")
    void noChangeToATrackedFieldChangesNothing(String what, Consumer<Object> change) {
        GeneratedClasses classes = Compilations.compileAndLoad(PROFILE.file());
        Object helper = classes.timestamps("com.acme.Profile", T1);
        Object profile = profile(classes);
        Object before = call(helper, "snapshot", profile);
        change.accept(profile);
        Object updatedAt = get(profile, "updatedAt");

        assertFalse((Boolean) call(helper, "changedSince", profile, before), what);
        assertFalse((Boolean) call(helper, "touchIfChanged", profile, before), what);
        assertSame(updatedAt, get(profile, "updatedAt"), "touchIfChanged changed nothing");
    }

    @Test
    void theSnapshotIsARecordOfTheTrackedFieldsOnly() {
        GeneratedClasses classes = Compilations.compileAndLoad(PROFILE.file());
        Class<?> snapshot = classes.type("com.acme.ProfileTimestamps$Snapshot");
        assertTrue(snapshot.isRecord());
        assertEquals(List.of("name", "balance", "tags", "avatar", "aliases", "level", "score", "expiresAt"),
                Stream.of(snapshot.getRecordComponents()).map(c -> c.getName()).toList());
        Object helper = classes.timestamps("com.acme.Profile", T1);
        assertThrows(NullPointerException.class, () -> call(helper, "changedSince", profile(classes), null));
        assertThrows(NullPointerException.class, () -> call(helper, "snapshot", (Object) null));
    }

    static final TestSource NOTE = TestSource.of("com.acme.Note", """
            package com.acme;

            import io.github.touchstone.Timestamped;
            import io.github.touchstone.Untracked;
            import java.time.Instant;
            import java.util.List;

            @Timestamped(trackChanges = true)
            public record Note(String text, List<String> labels, int[] marks, @Untracked String editor,
                    Instant createdAt, Instant updatedAt) {
            }
            """);

    @Test
    void aRecordComparesTwoInstancesAndComesBackTouchedOnlyWhenChanged() {
        GeneratedClasses classes = Compilations.compileAndLoad(NOTE.file());
        Object helper = classes.timestamps("com.acme.Note", T1);
        Object before = classes.record("com.acme.Note", "hi", List.of("a"), new int[] {1}, "ada", T0, T0);

        Object same = classes.record("com.acme.Note", "hi", List.of("a"), new int[] {1}, "bob", T0, T0);
        assertFalse((Boolean) call(helper, "changed", before, same), "equal values, an untracked editor");
        assertSame(same, call(helper, "touchIfChanged", before, same));

        Object edited = classes.record("com.acme.Note", "hi", List.of("a"), new int[] {2}, "ada", T0, T0);
        assertTrue((Boolean) call(helper, "changed", before, edited), "an array by content");
        Object touched = call(helper, "touchIfChanged", before, edited);
        assertEquals(T1, get(touched, "updatedAt"));
        assertEquals(T0, get(edited, "updatedAt"), "the argument is untouched");

        Object relabelled = classes.record("com.acme.Note", "hi", List.of("b"), new int[] {1}, "ada", T0, T0);
        assertTrue((Boolean) call(helper, "changed", before, relabelled));
    }
    static final TestSource PASS = TestSource.of("com.acme.Pass", """
            package com.acme;

            import io.github.touchstone.Expiry;
            import io.github.touchstone.Timestamped;
            import java.time.Instant;

            @Timestamped(trackChanges = true)
            public final class Pass {
                private final String holder;
                private final Instant createdAt;
                private final Instant updatedAt;
                @Expiry private final Instant expiresAt;

                public Pass(String holder, Instant createdAt, Instant updatedAt, Instant expiresAt) {
                    this.holder = holder;
                    this.createdAt = createdAt;
                    this.updatedAt = updatedAt;
                    this.expiresAt = expiresAt;
                }

                public String getHolder() { return holder; }
                public Instant getCreatedAt() { return createdAt; }
                public Instant getUpdatedAt() { return updatedAt; }
                public Instant getExpiresAt() { return expiresAt; }
                public Pass withCreatedAt(Instant v) { return new Pass(holder, v, updatedAt, expiresAt); }
                public Pass withUpdatedAt(Instant v) { return new Pass(holder, createdAt, v, expiresAt); }
                public Pass withExpiresAt(Instant v) { return new Pass(holder, createdAt, updatedAt, v); }
            }
            """);

    @Test
    void aClassServedThroughWithersComparesTwoInstancesAndExpiresIntoACopy() throws Exception {
        GeneratedClasses classes = Compilations.compileAndLoad(PASS.file());
        Object helper = classes.timestamps("com.acme.Pass", T1);
        var constructor = classes.type("com.acme.Pass").getConstructors()[0];
        Object before = constructor.newInstance("ada", T0, T0, null);

        Object expiring = call(helper, "expireIn", before, java.time.Duration.ofHours(1));
        assertEquals(T1.plusSeconds(3600), get(expiring, "expiresAt"), "a copy, from the wither");
        assertEquals(null, get(before, "expiresAt"), "the argument is untouched");
        assertEquals(T0, get(expiring, "updatedAt"), "an expiry does not touch");

        assertTrue((Boolean) call(helper, "changed", before, expiring), "an expiry is data, and tracked");
        Object touched = call(helper, "touchIfChanged", before, expiring);
        assertEquals(T1, get(touched, "updatedAt"));
        Object same = constructor.newInstance("ada", T0, T1, null);
        assertSame(same, call(helper, "touchIfChanged", before, same), "only updatedAt differs: not a change");
    }

    @Test
    void anEntityWithNothingTrackedNeverChanges() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Heartbeat", """
                package com.acme;

                import io.github.touchstone.ActivityTimestamp;
                import io.github.touchstone.Timestamped;
                import io.github.touchstone.Untracked;
                import java.time.Instant;

                @Timestamped(trackChanges = true)
                public class Heartbeat {
                    Instant createdAt;
                    Instant updatedAt;
                    @ActivityTimestamp Instant lastSeenAt;
                    @Untracked int beats;
                }
                """).file(), TestSource.of("com.acme.Ping", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped(trackChanges = true)
                public record Ping(Instant createdAt, Instant updatedAt) {
                }
                """).file());
        Object helper = classes.timestamps("com.acme.Heartbeat", T1);
        Object heartbeat = classes.create("com.acme.Heartbeat");
        Object before = call(helper, "snapshot", heartbeat);
        set(heartbeat, "beats", 7);
        assertFalse((Boolean) call(helper, "touchIfChanged", heartbeat, before));
        Object ping = classes.record("com.acme.Ping", T0, T0);
        assertFalse((Boolean) call(classes.timestamps("com.acme.Ping", T1), "changed", ping, ping));
    }

    @Test
    void privateNestedTypesRawTypesAndArraysOfArraysAreTrackedAndCompileClean() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Order", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;
                import java.util.ArrayList;
                import java.util.List;

                @Timestamped(trackChanges = true)
                public class Order {
                    private enum Status { NEW, PAID }
                    private static final class Line {
                    }

                    Instant createdAt;
                    Instant updatedAt;
                    Status status = Status.NEW;
                    List<Line> lines = new ArrayList<>();
                    @SuppressWarnings("rawtypes") List legacy = new ArrayList();
                    String[][] grid = {{"a", "b"}, {"c"}};
                    Line[] picked = new Line[1];

                    void pay() { status = Status.PAID; }
                    void addLine() { lines.add(new Line()); }
                    @SuppressWarnings("unchecked") void addLegacy() { legacy.add("x"); }
                    void pick() { picked[0] = new Line(); }
                }
                """).file());
        Object helper = classes.timestamps("com.acme.Order", T1);
        for (String change : List.of("pay", "addLine", "addLegacy", "pick")) {
            Object order = classes.create("com.acme.Order");
            Object before = call(helper, "snapshot", order);
            assertFalse((Boolean) call(helper, "changedSince", order, before), change);
            GeneratedClasses.invokeDeclared(order, change);
            assertTrue((Boolean) call(helper, "changedSince", order, before), change);
        }
        Object order = classes.create("com.acme.Order");
        Object before = call(helper, "snapshot", order);
        ((String[][]) get(order, "grid"))[0][0] = "Z";
        assertTrue((Boolean) call(helper, "changedSince", order, before), "an inner array changed in place");
    }

    @Test
    void aGenericEntityIsComparedThroughAWildcard() {
        GeneratedClasses classes = Compilations.compileAndLoad(TestSource.of("com.acme.Box", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import java.time.Instant;

                @Timestamped(trackChanges = true)
                public class Box<T> {
                    T value;
                    Instant createdAt;
                    Instant updatedAt;
                }
                """).file(), TestSource.of("com.acme.Boxes", """
                package com.acme;

                import java.util.List;

                public class Boxes {
                    public static int touchChanged(List<Box<?>> boxes, List<BoxTimestamps.Snapshot<?>> before) {
                        BoxTimestamps timestamps = BoxTimestamps.systemUtc();
                        int touched = 0;
                        for (int i = 0; i < boxes.size(); i++) {
                            Box<?> box = boxes.get(i);
                            if (timestamps.touchIfChanged(box, before.get(i))) {
                                touched++;
                            }
                        }
                        return touched;
                    }

                    public static BoxTimestamps.Snapshot<?> snapshot(Box<?> box) {
                        return BoxTimestamps.systemUtc().snapshot(box);
                    }
                }
                """).file());
        Object first = classes.create("com.acme.Box");
        Object second = classes.create("com.acme.Box");
        set(first, "value", "a");
        set(second, "value", 1);
        List<Object> snapshots = List.of(classes.callStatic("com.acme.Boxes", "snapshot", first),
                classes.callStatic("com.acme.Boxes", "snapshot", second));
        set(second, "value", 2);
        assertEquals(1, classes.callStatic("com.acme.Boxes", "touchChanged", List.of(first, second), snapshots));
    }
}
