package io.github.touchstone.processor;

import static io.github.touchstone.processor.Compilations.describe;
import static io.github.touchstone.processor.GeneratedClasses.call;
import static io.github.touchstone.processor.GeneratedClasses.get;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.processor.EntityGenerator.Case;
import io.github.touchstone.processor.EntityGenerator.Decl;
import io.github.touchstone.processor.EntityGenerator.DurationDef;
import io.github.touchstone.processor.EntityGenerator.Entity;
import io.github.touchstone.processor.EntityGenerator.Expected;
import io.github.touchstone.processor.EntityGenerator.Kind;
import io.github.touchstone.processor.EntityGenerator.Member;
import io.github.touchstone.processor.EntityGenerator.Role;
import io.github.touchstone.processor.EntityGenerator.SourceFile;
import io.github.touchstone.processor.EntityGenerator.Stored;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Randomized entities (see {@link EntityGenerator}) from a fixed seed.
 *
 * <p>Valid ones must compile under {@code -Xlint:all -Werror} without a diagnostic (or, for some,
 * with exactly the TS206/TS207/TS208/TS210 warnings predicted, on their lines), and their generated
 * helper and validator are run along a timeline on fixed clocks: onCreate, every mark (and a
 * refused second mark where {@code once}), complete of every stored duration, touch or
 * touchAll; after each step every managed timestamp and stored duration holds what an
 * independent model of the rules says, and the entity passes its own validator. Then the
 * duration calculators, updatedAtOrCreated, age and sinceLastUpdate are checked, the JPA
 * listener where the entity is one, and the validator must report each rule on the right field
 * when one value at a time is broken.
 *
 * <p>Broken ones (exactly one injected defect each) must fail with the expected code, on the
 * expected line of the expected file, with the message parts a user acts on ("did you mean"),
 * and never with an internal error or an exception out of the compiler.
 *
 * <p>Entities are compiled {@value #BATCH} to a javac run, each in its own package; a batch
 * that fails is compiled again case by case, so that a failure names its case. A one-line
 * summary goes to stdout. Reproduce a failure with {@code -Dtouchstone.seed=S} (default 42) and
 * {@code -Dtouchstone.case=N}, which runs that case alone and prints its sources and the
 * generated ones; {@code -Dtouchstone.cases=N} sets how many cases run.
 */
class RandomizedEntitiesTest {

    static final long SEED = Long.getLong("touchstone.seed", 42L);
    static final int CASES = Integer.getInteger("touchstone.cases", 400);
    static final Integer ONLY = Integer.getInteger("touchstone.case");
    static final int BROKEN_PERCENT = 45;
    /** Entities per compilation: one javac run per entity would take minutes. */
    static final int BATCH = 20;
    static final int THREADS = Integer.getInteger("touchstone.threads",
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    static final Pattern CASE_PATH = Pattern.compile("(?:^|/)gen/c(\\d+)/");

    /** What went wrong: case index and text. */
    private final ConcurrentLinkedQueue<Map.Entry<Integer, String>> failures = new ConcurrentLinkedQueue<>();

    @Test
    void randomEntities() throws Exception {
        long started = System.nanoTime();
        long cpu = cpuTime();
        List<Case> cases = (ONLY != null ? IntStream.of(ONLY) : IntStream.range(0, CASES))
                .mapToObj(i -> EntityGenerator.generate(SEED, i, BROKEN_PERCENT))
                .toList();
        if (ONLY != null) {
            System.out.println(cases.get(0).label() + ":\n" + cases.get(0).sources());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (boolean jpa : List.of(false, true)) {
                for (boolean strict : List.of(true, false)) {
                    for (List<Case> batch : batches(cases.stream()
                            .filter(c -> c.valid() && c.entity.jpa == jpa && c.assertWarnings != strict).toList())) {
                        jobs.add(pool.submit(() -> runValid(batch, strict)));
                    }
                }
            }
            for (List<Case> batch : batches(cases.stream().filter(c -> !c.valid()).toList())) {
                jobs.add(pool.submit(() -> runBroken(batch)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(summary(cases, (System.nanoTime() - started) / 1e9, (cpuTime() - cpu) / 1e9));
        if (!failures.isEmpty()) {
            List<String> all = failures.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
            fail(all.size() + " of " + cases.size() + " random cases failed (seed " + SEED + "):\n\n"
                    + all.stream().limit(5).collect(Collectors.joining("\n\n"))
                    + (all.size() > 5 ? "\n\n... and " + (all.size() - 5) + " more: "
                            + all.stream().skip(5).map(f -> f.lines().findFirst().orElse("")).collect(Collectors.joining("; "))
                            : ""));
        }
    }

    /**
     * Compiles with {@code -Xlint:all} (and {@code -Werror} where strict); JPA entities without
     * javac's "no processor claimed" lint, as their annotations are not Touchstone's to claim.
     */
    private static Compilation compile(boolean jpa, boolean strict, JavaFileObject... files) {
        List<String> options = new ArrayList<>(List.of(jpa ? "-Xlint:all,-processing" : "-Xlint:all"));
        if (strict) {
            options.add("-Werror");
        }
        return com.google.testing.compile.Compiler.javac().withProcessors(new TouchstoneProcessor())
                .withOptions(options).compile(files);
    }

    private static List<List<Case>> batches(List<Case> cases) {
        List<List<Case>> batches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += BATCH) {
            batches.add(cases.subList(i, Math.min(cases.size(), i + BATCH)));
        }
        return batches;
    }

    /** The CPU time of the whole JVM so far, in nanoseconds; the wall time depends on the machine's load. */
    private static long cpuTime() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static String summary(List<Case> cases, double seconds, double cpuSeconds) {
        long valid = cases.stream().filter(Case::valid).count();
        Map<String, Long> codes = new TreeMap<>(cases.stream().filter(c -> !c.valid())
                .collect(Collectors.groupingBy(c -> c.error.code(), Collectors.counting())));
        Map<String, Long> shapes = new TreeMap<>(cases.stream().filter(Case::valid)
                .collect(Collectors.groupingBy(c -> c.entity.shape.name().toLowerCase(Locale.ROOT), Collectors.counting())));
        long warned = cases.stream().filter(c -> c.assertWarnings).count();
        long jpa = cases.stream().filter(c -> c.valid() && c.entity.jpa).count();
        return String.format(Locale.ROOT, "RandomizedEntitiesTest: %d cases (%d valid: %s; %d JPA, %d with asserted"
                        + " warnings; %d broken: %s), seed %d, %.1f s (%.1f s CPU, %d threads)",
                cases.size(), valid, format(shapes), jpa, warned, cases.size() - valid, format(codes), SEED, seconds,
                cpuSeconds, THREADS);
    }

    private static String format(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private void report(Case c, String what) {
        failures.add(Map.entry(c.index, c.label() + ", reproduce with " + c.reproduce() + ": " + what + "\n" + c.sources()));
    }

    private static JavaFileObject[] files(List<Case> batch) {
        return batch.stream().flatMap(c -> c.files.stream()).map(SourceFile::file).toArray(JavaFileObject[]::new);
    }

    /** The case a diagnostic belongs to, by the package of its file; {@code -1} if none. */
    private static int caseOf(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return -1;
        }
        Matcher matcher = CASE_PATH.matcher(diagnostic.getSource().toUri().getPath());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static String fileName(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getSource() == null ? "" : diagnostic.getSource().toUri().getPath();
    }

    private static boolean inFile(Diagnostic<? extends JavaFileObject> diagnostic, String qualifiedName) {
        String path = qualifiedName.replace('.', '/') + ".java";
        String name = fileName(diagnostic);
        return (name.equals(path) || name.endsWith("/" + path)) && !name.contains("SOURCE_OUTPUT");
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }

    // ---------------------------------------------------------------------------------------
    // valid cases
    // ---------------------------------------------------------------------------------------

    private void runValid(List<Case> batch, boolean strict) {
        Compilation compilation;
        try {
            long t = System.nanoTime();
            compilation = compile(batch.get(0).entity.jpa, strict, files(batch));
            if (Boolean.getBoolean("touchstone.verbose")) {
                System.out.printf("valid batch of %d: %d ms%n", batch.size(), (System.nanoTime() - t) / 1_000_000);
            }
        } catch (Throwable t) {
            if (batch.size() > 1) {
                batch.forEach(c -> runValid(List.of(c), strict));
            } else {
                report(batch.get(0), "the compiler threw " + stackTrace(t));
            }
            return;
        }
        if (ONLY != null) {
            printGenerated(compilation);
        }
        boolean clean = compilation.status() == Compilation.Status.SUCCESS
                && (strict ? compilation.diagnostics().isEmpty() : compilation.errors().isEmpty());
        if (!clean || compilation.diagnostics().stream().anyMatch(d -> caseOf(d) < 0)) {
            if (batch.size() > 1) {
                batch.forEach(c -> runValid(List.of(c), strict));
            } else {
                report(batch.get(0), (strict ? "a valid entity does not compile clean under -Xlint:all -Werror"
                        : "a valid entity with warnings does not compile") + ":\n" + describe(compilation.diagnostics()));
            }
            return;
        }
        GeneratedClasses classes = new GeneratedClasses(compilation);
        for (Case c : batch) {
            if (!strict && !checkWarnings(c, compilation)) {
                continue;
            }
            try {
                new Run(c, classes).run();
            } catch (Throwable t) {
                report(c, "the generated code misbehaves: " + t + "\n" + stackTrace(t).lines().limit(12)
                        .collect(Collectors.joining("\n")));
            }
        }
    }

    /** For a case run alone: what the processor wrote. */
    private static void printGenerated(Compilation compilation) {
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                System.out.println("---- generated " + file.getName() + "\n" + file.getCharContent(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private boolean checkWarnings(Case c, Compilation compilation) {
        Set<String> expected = new TreeSet<>();
        for (Expected w : c.warnings) {
            expected.add("[" + w.code() + "] " + w.file() + ":" + w.line());
        }
        Set<String> actual = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (caseOf(d) != c.index) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            messages.add(d.getKind() + " " + fileName(d) + ":" + d.getLineNumber() + ": " + message);
            String code = message.startsWith("[TS") ? message.substring(1, 6) : message;
            String file = c.files.stream().filter(f -> inFile(d, f.qualifiedName())).map(SourceFile::qualifiedName)
                    .findFirst().orElse(fileName(d));
            actual.add("[" + code + "] " + file + ":" + d.getLineNumber());
        }
        if (!expected.equals(actual)) {
            report(c, "expected the warnings " + expected + " but got " + actual + ":\n" + String.join("\n", messages));
            return false;
        }
        return true;
    }

    /** Exercises the generated helper and validator of one valid case along a timeline. */
    private static final class Run {
        final Case c;
        final GeneratedClasses classes;
        final Entity e;
        final Decl tested;
        final Decl timestamped;
        /** The unit "now" is cut to: the declared precision, whatever the entity's field types (SPEC). */
        ChronoUnit precision;
        final boolean updatedOnCreate;
        /** The tested entity as its generated classes are named. */
        final String generated;
        final List<Member> members;
        final Member created;
        final Member updated;
        final List<Member> activities = new ArrayList<>();
        final List<DurationDef> durations;
        final Map<String, Member> byName = new HashMap<>();
        final Random random;
        /** What every managed timestamp and stored duration should hold. */
        final Map<String, Val> oracle = new HashMap<>();
        final Map<String, Object> storedOracle = new HashMap<>();
        Object entity;
        String step = "start";

        /** An expected instant; {@code approx} where a Double below MILLIS keeps only the nearest double. */
        record Val(Instant at, boolean approx) {
        }

        Run(Case c, GeneratedClasses classes) {
            this.c = c;
            this.classes = classes;
            this.e = c.entity;
            this.tested = e.tested();
            this.timestamped = e.timestampedOf(tested);
            this.precision = timestamped == null || timestamped.precision == null ? ChronoUnit.MICROS
                    : ChronoUnit.valueOf(timestamped.precision);
            this.updatedOnCreate = timestamped == null || timestamped.updatedOnCreate == null || timestamped.updatedOnCreate;
            this.generated = e.pkgOf(tested) + "." + e.prefix(tested);
            this.members = e.membersOf(tested);
            for (Member m : members) {
                byName.putIfAbsent(m.name, m);
                if (m.activity) {
                    activities.add(m);
                }
            }
            this.created = timestamped == null ? null : EntityGenerator.lifecycle(members, byName, true);
            this.updated = timestamped == null ? null : EntityGenerator.lifecycle(members, byName, false);
            this.durations = e.durations(tested);
            this.random = new Random(c.seed * 31 + c.index);
        }

        void run() {
            // mostly today; now and then from 1950 to 2150, where a Double resolves less finely
            Instant t0 = random.nextInt(100) < 70
                    ? Instant.ofEpochSecond(1_577_836_800L + (long) (random.nextDouble() * 400_000_000L),
                            random.nextInt(1_000_000_000))
                    : Instant.ofEpochSecond(-631_152_000L + (long) (random.nextDouble() * 6_311_520_000L),
                            random.nextInt(1_000_000_000));
            Instant t1 = t0.plus(gap());
            Instant t1b = t1.plus(gap());
            Instant t2 = t1b.plus(gap());
            Instant t3 = t2.plus(gap());

            step = "new entity";
            entity = instantiate(t0, true);
            if (timestamped == null) {
                validate(t0);
            }

            if (timestamped != null) {
                step = "onCreate at " + t0;
                entity = change(t0, "onCreate");
                oracle.put(created.name, updatedOnCreate ? written(created, updated, t0) : written(created, t0));
                if (updatedOnCreate) {
                    oracle.put(updated.name, copy(oracle.get(created.name), updated));
                }
                verify();
                validate(t0);
            }

            List<Member> marks = new ArrayList<>(activities);
            Collections.shuffle(marks, random);
            for (Member a : marks) {
                step = "mark" + EntityGenerator.capitalize(a.name) + " at " + t1;
                entity = change(t1, "mark" + EntityGenerator.capitalize(a.name));
                // one instant, which each field holds as its type can
                oracle.put(a.name, written(a, t1));
                if (a.touches) {
                    oracle.put(updated.name, written(updated, t1));
                }
                verify();
            }
            if (!marks.isEmpty()) {
                validate(t1);
            }
            for (Member a : marks) {
                if (a.once) {
                    step = "second mark" + EntityGenerator.capitalize(a.name) + " (once) at " + t1b;
                    entity = change(t1b, "mark" + EntityGenerator.capitalize(a.name));
                    verify();
                }
            }

            List<DurationDef> stored = new ArrayList<>(durations.stream().filter(d -> d.stored != null).toList());
            Collections.shuffle(stored, random);
            for (DurationDef d : stored) {
                step = "complete" + EntityGenerator.capitalize(d.effectiveName()) + " at " + t2;
                entity = change(t2, "complete" + EntityGenerator.capitalize(d.effectiveName()));
                if (oracle.get(d.end) == null) {
                    oracle.put(d.end, written(byName.get(d.end), t2));
                }
                if (oracle.get(d.start) != null) {
                    storedOracle.put(d.stored.name, storedValue(d));
                }
                verify();
            }
            for (DurationDef d : durations) {
                Member end = byName.get(d.end);
                if (d.stored == null && oracle.get(d.end) == null && end.role == Role.END) {
                    step = "the test sets " + d.end + " at " + t2;
                    oracle.put(d.end, written(end, t2));
                    entity = with(entity, end, encode(end.kind, oracle.get(d.end).at()));
                }
            }
            validate(t2);
            step = "duration calculators at " + t2;
            for (DurationDef d : durations) {
                checkCalculator(d, t2);
            }

            if (e.jpa) {
                listener(t0, t3);
            }

            Instant last = t2;
            if (timestamped != null) {
                last = t3;
                Val createdBefore = oracle.get(created.name);
                if (random.nextBoolean()) {
                    step = "touch at " + t3;
                    entity = change(t3, "touch");
                } else {
                    step = "touchAll at " + t3;
                    List<?> touched = (List<?>) call(classes.timestamps(generated, t3), "touchAll", List.of(entity));
                    if (touched.size() != 1 || (!e.main.record && touched.get(0) != entity)) {
                        throw new AssertionError(step + ": returned " + touched);
                    }
                    entity = touched.get(0);
                }
                oracle.put(updated.name, written(updated, t3));
                oracle.put(created.name, createdBefore);
                verify();
                validate(t3);
                step = "lifecycle queries at " + t3;
                checkLifecycleQueries(t3);
            }
            step = "broken values at " + last;
            probes(last);
        }

        /** updatedAtOrCreated, age and sinceLastUpdate after a touch. */
        private void checkLifecycleQueries(Instant now) {
            Object helper = classes.timestamps(generated, now);
            Object last = call(helper, "updatedAtOrCreated", entity);
            Object updatedValue = get(entity, updated.name);
            if (created.kind == updated.kind ? !updatedValue.equals(last)
                    : !(last instanceof Instant instant) || !close(decode(updated.kind, updatedValue), instant,
                            updated.kind == Kind.DOUBLE)) {
                throw new AssertionError("updatedAtOrCreated should be " + updatedValue + " but is " + last);
            }
            Instant truncatedNow = now.truncatedTo(precision);
            Val createdVal = oracle.get(created.name);
            Val updatedVal = oracle.get(updated.name);
            checkDuration("age", call(helper, "age", entity), Duration.between(createdVal.at(), truncatedNow),
                    createdVal.approx() || created.kind == Kind.DOUBLE);
            checkDuration("sinceLastUpdate", call(helper, "sinceLastUpdate", entity),
                    Duration.between(updatedVal.at(), truncatedNow), updatedVal.approx() || updated.kind == Kind.DOUBLE);
        }

        private static void checkDuration(String what, Object value, Duration expected, boolean approx) {
            Duration actual = ((Optional<?>) value).map(Duration.class::cast)
                    .orElseThrow(() -> new AssertionError(what + " should be " + expected + " but is empty"));
            if (approx ? expected.minus(actual).abs().toNanos() > 2000 : !expected.equals(actual)) {
                throw new AssertionError(what + " should be " + expected + " but is " + actual);
            }
        }

        private static boolean close(Instant a, Instant b, boolean approx) {
            return approx ? Duration.between(a, b).abs().toNanos() <= 2000 : a.equals(b);
        }

        // the validator on broken values ------------------------------------------------------

        /** Breaks one value at a time and expects the validator to name the field and the rule. */
        private void probes(Instant now) {
            Duration tolerance = Duration.parse(timestamped == null || timestamped.tolerance == null ? "PT5S"
                    : timestamped.tolerance);
            if (created != null) {
                probe(now, created, null, created.name, "CREATED_AT_MISSING");
                Instant before = oracle.get(created.name).at().minus(Duration.ofDays(1));
                probe(now, updated, encode(updated.kind, before), updated.name, "BEFORE_CREATED_AT");
            }
            List<Member> managed = EntityGenerator.managed(e, tested);
            Member future = managed.get(random.nextInt(managed.size()));
            probe(now, future, encode(future.kind, now.plus(tolerance).plusSeconds(86_400)), future.name, "IN_FUTURE");
            for (Member m : managed) {
                if (m.kind == Kind.OFFSET || m.kind == Kind.ZONED) {
                    Instant at = now.minusSeconds(3600);
                    ZoneOffset plusTwo = ZoneOffset.ofHours(2);
                    probe(now, m, m.kind == Kind.OFFSET ? OffsetDateTime.ofInstant(at, plusTwo)
                            : ZonedDateTime.ofInstant(at, plusTwo), m.name, "NOT_UTC");
                    break;
                }
            }
            for (DurationDef d : durations) {
                Val start = oracle.get(d.start);
                Val end = oracle.get(d.end);
                if (start == null || end == null) {
                    continue;
                }
                Member endMember = byName.get(d.end);
                probe(now, endMember, encode(endMember.kind, start.at().minus(Duration.ofDays(1))), d.end,
                        "END_BEFORE_START");
                if (d.stored == null) {
                    continue;
                }
                Object value = get(entity, d.stored.name);
                // a primitive 0 means "not computed"
                boolean set = value != null && !(value instanceof Integer i && i == 0) && !(value instanceof Long l && l == 0);
                if (set) {
                    probe(now, byName.get(d.start), null, d.stored.name, "DURATION_WITHOUT_INTERVAL");
                }
                // one more, or two where one more would be 0, "not computed" for a primitive
                Object wrong = value instanceof Duration duration ? duration.plusDays(1)
                        : value instanceof Integer i ? (Object) (i == -1 ? 1 : i + 1)
                        : (Object) ((Long) value == -1 ? 1L : (Long) value + 1);
                probe(now, d.stored, wrong, d.stored.name, "DURATION_MISMATCH");
            }
        }

        /** The validator at {@code now}, on the entity with {@code member} set to {@code value}, reports {@code rule} on {@code field}. */
        private void probe(Instant now, Member member, Object value, String field, String rule) {
            Object original = get(entity, member.name);
            Object broken = with(entity, member, value);
            try {
                TimestampValidator<Object> v = classes.validator(generated, now);
                List<TimestampViolation> violations = v.validate(broken);
                boolean found = violations.stream().anyMatch(x -> x.field().equals(field) && x.rule().name().equals(rule));
                if (!found) {
                    throw new AssertionError("with " + member.name + " = " + value + " the validator at " + now
                            + " should report " + rule + " on " + field + " but reports " + violations);
                }
                try {
                    v.check(broken);
                    throw new AssertionError("check should throw for " + rule + " on " + field);
                } catch (io.github.touchstone.TimestampValidationException expected) {
                    // as it should
                }
            } finally {
                if (!e.main.record) {
                    GeneratedClasses.set(entity, member.name, original);
                }
            }
        }

        /** The JPA listener on a new entity: prePersist at t0, preUpdate at t3, valid after each. */
        private void listener(Instant t0, Instant t3) {
            String name = e.pkgOf(tested) + "." + e.prefix(tested) + "Timestamps";
            Object fresh = instantiate(t0, false);
            for (Instant now : List.of(t0, t3)) {
                step = "the listener's " + (now == t0 ? "prePersist" : "preUpdate") + " at " + now;
                Object listener;
                try {
                    listener = classes.type(name).getConstructor(Clock.class).newInstance(Clock.fixed(now, ZoneOffset.UTC));
                } catch (ReflectiveOperationException x) {
                    throw new AssertionError(step + ": " + x, x);
                }
                call(listener, now == t0 ? "prePersist" : "preUpdate", fresh);
                Object saved = entity;
                entity = fresh;
                validate(now);
                entity = saved;
            }
            if (timestamped != null && get(fresh, created.name) == null) {
                throw new AssertionError("prePersist did not set " + created.name);
            }
        }

        private Duration gap() {
            if (random.nextInt(100) < 25) {
                return Duration.ZERO;
            }
            return Duration.ofSeconds(random.nextInt(3600), random.nextInt(1_000_000_000));
        }

        private Object change(Instant now, String method) {
            Object result = call(classes.timestamps(generated, now), method, entity);
            if (result == null) {
                throw new AssertionError(step + ": returned null");
            }
            if (!e.main.record && result != entity) {
                throw new AssertionError(step + ": a class entity must be changed in place and returned");
            }
            return result;
        }

        private void validate(Instant now) {
            List<TimestampViolation> violations = classes.validator(generated, now).validate(entity);
            if (!violations.isEmpty()) {
                throw new AssertionError("after " + step + " the entity fails its own validator at " + now + ": "
                        + violations + "\n  values: " + values());
            }
        }

        private String values() {
            Map<String, Object> values = new TreeMap<>();
            for (Member m : members) {
                if (m.isTimestamp() || m.role == Role.STORED) {
                    values.put(m.name, get(entity, m.name));
                }
            }
            return values.toString();
        }

        // the entity ----------------------------------------------------------------------

        /** A new entity with its plain start timestamps preset; {@code remember}: in the oracle. */
        private Object instantiate(Instant t0, boolean remember) {
            Map<String, Object> presets = new HashMap<>();
            for (DurationDef d : durations) {
                Member start = byName.get(d.start);
                if (start.role == Role.START && !presets.containsKey(start.name)) {
                    Instant at = t0.minusSeconds(1 + random.nextInt(86_400)).minusNanos(random.nextInt(1_000_000_000));
                    Val val = written(start, at);
                    if (remember) {
                        oracle.put(start.name, val);
                    }
                    presets.put(start.name, encode(start.kind, val.at()));
                }
            }
            String type = e.binaryName(e.main);
            if (e.main.record) {
                Class<?> record = classes.type(type);
                RecordComponent[] components = record.getRecordComponents();
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = presets.getOrDefault(components[i].getName(), zero(components[i].getType()));
                }
                return classes.record(type, values);
            }
            Object instance = classes.create(type);
            presets.forEach((name, value) -> GeneratedClasses.set(instance, name, value));
            return instance;
        }

        private static Object zero(Class<?> type) {
            if (type == long.class) {
                return 0L;
            } else if (type == int.class) {
                return 0;
            } else if (type == double.class) {
                return 0.0;
            } else if (type == boolean.class) {
                return false;
            }
            return null;
        }

        /** The entity with one field changed: in place for a class, a copy for a record. */
        private Object with(Object target, Member member, Object value) {
            if (!e.main.record) {
                GeneratedClasses.set(target, member.name, value);
                return target;
            }
            RecordComponent[] components = target.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(member.name) ? value : get(target, components[i].getName());
            }
            return classes.record(e.binaryName(e.main), values);
        }

        // the oracle ----------------------------------------------------------------------

        /** What the generated code writes into {@code member} at {@code now}. */
        private Val written(Member member, Instant now) {
            Instant at = now.truncatedTo(precision);
            if (member.kind == Kind.LONG) {
                at = at.truncatedTo(ChronoUnit.MILLIS);
            }
            return new Val(at, member.kind == Kind.DOUBLE && precision == ChronoUnit.NANOS);
        }

        /**
         * What the generated code writes into two members at once (onCreate, a mark that touches
         * updatedAt): one instant, as the coarser of the two holds it.
         */
        private Val written(Member member, Member other, Instant now) {
            Instant at = now.truncatedTo(precision);
            if (member.kind == Kind.LONG || other.kind == Kind.LONG) {
                at = at.truncatedTo(ChronoUnit.MILLIS);
            }
            boolean approx = (member.kind == Kind.DOUBLE || other.kind == Kind.DOUBLE) && precision == ChronoUnit.NANOS;
            return new Val(at, approx);
        }

        private Val copy(Val from, Member to) {
            Instant at = to.kind == Kind.LONG ? from.at().truncatedTo(ChronoUnit.MILLIS) : from.at();
            return new Val(at, from.approx() || (to.kind == Kind.DOUBLE && precision == ChronoUnit.NANOS));
        }

        private Object storedValue(DurationDef d) {
            Val start = oracle.get(d.start);
            Val end = oracle.get(d.end);
            if (start.approx() || end.approx()) {
                return null;
            }
            Duration between = Duration.between(start.at(), end.at());
            Stored type = d.stored.stored;
            ChronoUnit unit = d.unit == null ? ChronoUnit.MILLIS : ChronoUnit.valueOf(d.unit);
            if (type == Stored.DURATION) {
                return d.unit == null ? between : between.truncatedTo(unit);
            }
            long value = switch (unit) {
                case NANOS -> between.toNanos();
                case MICROS -> between.toNanos() / 1000;
                case MILLIS -> between.toMillis();
                case SECONDS -> between.toSeconds();
                case MINUTES -> between.toMinutes();
                case HOURS -> between.toHours();
                case HALF_DAYS -> between.toHours() / 12;
                case DAYS -> between.toDays();
                default -> throw new IllegalArgumentException(unit.toString());
            };
            return type.narrow ? (Object) Math.toIntExact(value) : (Object) value;
        }

        /** Every managed timestamp and stored duration holds what the oracle says. */
        private void verify() {
            for (Member m : EntityGenerator.managed(e, tested)) {
                Val expected = oracle.get(m.name);
                Object actual = get(entity, m.name);
                if (expected == null) {
                    if (actual != null) {
                        throw new AssertionError("after " + step + ": " + m.name + " should be null but is " + actual);
                    }
                    continue;
                }
                if (actual == null) {
                    throw new AssertionError("after " + step + ": " + m.name + " should be " + expected.at() + " but is null");
                }
                if ((m.kind == Kind.OFFSET && ((OffsetDateTime) actual).getOffset() != ZoneOffset.UTC)
                        || (m.kind == Kind.ZONED && !ZoneOffset.UTC.equals(((ZonedDateTime) actual).getZone()))) {
                    throw new AssertionError("after " + step + ": " + m.name + " is not at UTC: " + actual);
                }
                Instant instant = decode(m.kind, actual);
                // a double's ulp is about 1 µs by 2130, and it is read to the microsecond
                boolean close = expected.approx() || m.kind == Kind.DOUBLE
                        ? Duration.between(expected.at(), instant).abs().toNanos() <= 2000
                        : expected.at().equals(instant);
                if (!close) {
                    throw new AssertionError("after " + step + ": " + m.name + " (" + m.kind + ") should be "
                            + expected.at() + " but is " + actual + " (" + instant + ")");
                }
            }
            for (DurationDef d : durations) {
                if (d.stored == null) {
                    continue;
                }
                Object actual = get(entity, d.stored.name);
                Object expected = storedOracle.get(d.stored.name);
                if (!storedOracle.containsKey(d.stored.name)) {
                    expected = d.stored.stored.primitive ? zero(d.stored.stored == Stored.INT ? int.class : long.class) : null;
                } else if (expected == null) {
                    continue;  // approximate ends
                }
                if (!java.util.Objects.equals(expected, actual)) {
                    throw new AssertionError("after " + step + ": stored duration " + d.stored.name + " should be "
                            + expected + " but is " + actual);
                }
            }
        }

        private void checkCalculator(DurationDef d, Instant now) {
            Val start = oracle.get(d.start);
            Val end = oracle.get(d.end);
            Object helper = classes.timestamps(generated, now);
            Object value = call(helper, d.effectiveName(), entity);
            if (start == null || end == null) {
                if (!Optional.empty().equals(value)) {
                    throw new AssertionError(d.effectiveName() + " should be empty but is " + value);
                }
            } else {
                Duration expected = Duration.between(start.at(), end.at());
                Duration actual = ((Optional<?>) value).map(Duration.class::cast).orElseThrow(
                        () -> new AssertionError(d.effectiveName() + " should be " + expected + " but is empty"));
                boolean close = start.approx() || end.approx() || byName.get(d.start).kind == Kind.DOUBLE
                        || byName.get(d.end).kind == Kind.DOUBLE
                        ? expected.minus(actual).abs().toNanos() <= 2000 : expected.equals(actual);
                if (!close) {
                    throw new AssertionError(d.effectiveName() + " should be " + expected + " but is " + actual);
                }
                Object elapsed = call(helper, "elapsed" + EntityGenerator.capitalize(d.effectiveName()), entity);
                if (!value.equals(elapsed)) {
                    throw new AssertionError("elapsed" + EntityGenerator.capitalize(d.effectiveName())
                            + " of a finished interval should be " + value + " but is " + elapsed);
                }
            }
        }

        static Object encode(Kind kind, Instant instant) {
            return switch (kind) {
                case INSTANT -> instant;
                case OFFSET -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
                case ZONED -> ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
                case LOCAL -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                case LONG -> instant.toEpochMilli();
                case DOUBLE -> instant.getEpochSecond() + instant.getNano() / 1e9;
            };
        }

        static Instant decode(Kind kind, Object value) {
            return switch (kind) {
                case INSTANT -> (Instant) value;
                case OFFSET -> ((OffsetDateTime) value).toInstant();
                case ZONED -> ((ZonedDateTime) value).toInstant();
                case LOCAL -> ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
                case LONG -> Instant.ofEpochMilli((Long) value);
                case DOUBLE -> {
                    double seconds = (Double) value;
                    long whole = (long) Math.floor(seconds);
                    yield Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
                }
            };
        }
    }

    // ---------------------------------------------------------------------------------------
    // broken cases
    // ---------------------------------------------------------------------------------------

    private void runBroken(List<Case> batch) {
        Compilation compilation;
        try {
            long t = System.nanoTime();
            compilation = compile(false, false, files(batch));
            if (Boolean.getBoolean("touchstone.verbose")) {
                System.out.printf("broken batch of %d: %d ms%n", batch.size(), (System.nanoTime() - t) / 1_000_000);
            }
        } catch (Throwable t) {
            if (batch.size() > 1) {
                batch.forEach(c -> runBroken(List.of(c)));
            } else {
                report(batch.get(0), "the compiler threw " + stackTrace(t));
            }
            return;
        }
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.stream().anyMatch(d -> caseOf(d) < 0) && batch.size() > 1) {
            batch.forEach(c -> runBroken(List.of(c)));
            return;
        }
        for (Case c : batch) {
            List<Diagnostic<? extends JavaFileObject>> own = errors.stream()
                    .filter(d -> caseOf(d) == c.index || (batch.size() == 1 && caseOf(d) < 0)).toList();
            Expected expected = c.error;
            String want = "[" + expected.code() + "] on " + expected.file() + ":" + expected.line() + " containing "
                    + expected.fragments();
            String got = describe(own);
            if (compilation.status() == Compilation.Status.SUCCESS || own.isEmpty()) {
                report(c, "expected " + want + " but the case had no error; all diagnostics:\n"
                        + describe(compilation.diagnostics().stream().filter(d -> caseOf(d) == c.index).toList()));
                continue;
            }
            List<String> wrong = new ArrayList<>();
            boolean fragments = false;
            for (Diagnostic<? extends JavaFileObject> d : own) {
                String message = d.getMessage(Locale.ROOT);
                if (message.contains("[TS900]")) {
                    wrong.add("an internal error");
                }
                if (!message.startsWith("[" + expected.code() + "]")) {
                    wrong.add("another code");
                } else if (!inFile(d, expected.file())) {
                    wrong.add("another file");
                } else if (d.getLineNumber() != expected.line()) {
                    wrong.add("line " + d.getLineNumber() + " instead of " + expected.line());
                }
                fragments |= expected.fragments().stream().allMatch(message::contains);
            }
            if (!fragments) {
                wrong.add("no message with " + expected.fragments());
            }
            if (!wrong.isEmpty()) {
                report(c, "expected " + want + " but got " + wrong + ":\n" + got);
            }
        }
    }
}
