package io.github.touchstone.benchmarks.compile;

import io.github.touchstone.benchmarks.compile.PhaseTimer.Bucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a build pays for Touchstone: for N generated JPA entities, the CPU time of a forked {@code javac 17}
 * <ol>
 *   <li><b>alone</b>: on the entity sources only, {@code -proc:none}, nothing pre-generated (the baseline, 1.00);
 *   <li><b>nothing</b> (the SPEC's first floor): the same sources with {@link EmptyFloorProcessor} writing nothing:
 *       a processor that claims {@code @Timestamped} and is called in every round, and does no work. What
 *       {@code javac} charges for running any processor at all;
 *   <li><b>one-empty</b> (the SPEC's second floor): the same sources with {@link EmptyFloorProcessor} writing, for
 *       each {@code @Timestamped} entity, one empty public class {@code <Entity>Timestamps} in the entity's package
 *       through the Filer, the entity as originating element: the one file Touchstone generates per entity, with
 *       nothing in it. What {@code javac} charges for those files themselves, whatever they contain. The SPEC's
 *       "Build cost" asks Touchstone to stay within 1.4x of it;
 *   <li><b>touchstone</b>: the same sources with the Touchstone processor, its generated sources' compilation
 *       included;
 *   <li><b>jpamodelgen</b>: the same sources with Hibernate's JPA static metamodel generator;
 *   <li><b>floor</b> (in the breakdown runs only): the same sources with {@link FilerFloorProcessor}, which writes
 *       Touchstone's very output (from an untimed Touchstone run) through the Filer without doing any of
 *       Touchstone's work: what generating and compiling these files, contents included, costs any processor.
 * </ol>
 * All compile against the same class path (touchstone-annotations, jakarta.persistence-api), with
 * {@code --release 17}. Touchstone runs once first, untimed (the floor copies its output; it also warms the file
 * cache; {@code --warmups} adds discarded runs of every timed side). Then the five timed sides rotate (alone,
 * nothing, one-empty, touchstone, jpamodelgen; nothing, one-empty, touchstone, jpamodelgen, alone; ...), so drift
 * on a busy machine hits every side alike, and both floors come from the same run as Touchstone. CPU time is the
 * forked {@code javac}'s user + system time (all its threads: the JIT compilers and the GC included, as in a real
 * build), read from this JVM's {@code /proc/self/stat} children counters after the child has been reaped; wall
 * time is shown too. Reported: medians, ratios to {@code javac} alone of every timed side, Touchstone's ratios to
 * the one-empty floor and to jpamodelgen, and the extra CPU per entity, so that linearity in N shows.
 *
 * <p>Then the breakdown: more rotating runs of all six sides with {@link PhaseTimer} (a javac plugin that splits
 * the main thread's CPU by phase, hand-written from generated sources) and a JFR recording (on every side, so that
 * its cost cancels out of the differences) whose main-thread samples split the processors' rounds into the Filer,
 * JavaPoet and the rest.
 *
 * <p>Usage (from the repository root, after {@code mvn -B -q -Pbenchmarks -DskipTests package}):
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.touchstone.benchmarks.compile.CompileBench
 *     [--sizes 100,500,1000] [--runs 3] [--warmups 0] [--breakdown-runs 1]
 *     [--lib benchmarks/target/compile-bench] [--work DIR]</pre>
 * {@code --lib} holds {@code touchstone/} (the processor path: processor, annotations, javapoet),
 * {@code jpamodelgen/} (hibernate-jpamodelgen and its dependencies) and {@code classpath/} (what the entities
 * compile against), copied there by the build. {@code --work} keeps the entities, the generated sources, javac's
 * argument files and logs, the phase files and the JFR recordings.
 */
public final class CompileBench {
    private static final int PACKAGES = 50;
    /** The SPEC's "Build cost": Touchstone at most this many times the CPU of the one-empty floor. */
    private static final double SPEC_FLOOR_RATIO = 1.4;
    private static final String TIMER_SERVICE = "META-INF/services/com.sun.source.util.Plugin";

    private CompileBench() {
    }

    /** One timed compilation. */
    private record Timing(double cpuSeconds, double wallSeconds) {
    }

    /** One breakdown run: main-thread CPU per bucket, and the JFR sample counts of the processors' rounds. */
    private record Breakdown(Map<Bucket, Double> seconds, double main, double process, double external,
            int roundSamples, int filerSamples, int javapoetSamples) {
        double filer() {
            return roundSamples == 0 ? 0 : seconds.get(Bucket.PROCESSORS) * filerSamples / roundSamples;
        }

        double javapoet() {
            return roundSamples == 0 ? 0 : seconds.get(Bucket.PROCESSORS) * javapoetSamples / roundSamples;
        }
    }

    /** One way of compiling the same entities, and its runs. */
    private static final class Side {
        final String name;
        final List<String> options;
        final String processorPath;
        final Path generatedDir;
        final List<Timing> timings = new ArrayList<>();
        final List<Breakdown> breakdowns = new ArrayList<>();
        long generatedFiles = -1;
        long generatedLines;

        Side(String name, List<String> options, String processorPath, Path generatedDir) {
            this.name = name;
            this.options = options;
            this.processorPath = processorPath;
            this.generatedDir = generatedDir;
        }

        double median(ToDoubleFunction<Timing> measure) {
            return CompileBench.median(timings.stream().mapToDouble(measure).toArray());
        }

        double breakdown(ToDoubleFunction<Breakdown> measure) {
            return breakdowns.isEmpty() ? Double.NaN
                    : CompileBench.median(breakdowns.stream().mapToDouble(measure).toArray());
        }
    }

    /** The results at one N, printed again together at the end. */
    private record Result(int n, long sourceLines, List<Side> sides) {
        Side side(String name) {
            return sides.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * Runs the harness.
     *
     * @param args see the class comment
     * @throws Exception if a compilation fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int[] sizes = {100, 500, 1000};
        int runs = 3;
        int warmups = 0;
        int breakdownRuns = 1;
        Path lib = Path.of("benchmarks/target/compile-bench");
        Path work = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
                case "--breakdown-runs" -> breakdownRuns = Integer.parseInt(args[i + 1]);
                case "--lib" -> lib = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String touchstonePath = jars(lib.resolve("touchstone"));
        String jpamodelgenPath = jars(lib.resolve("jpamodelgen"));
        String classPath = jars(lib.resolve("classpath"));
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Path root = work != null ? Files.createDirectories(work)
                : Files.createTempDirectory("touchstone-compile-bench");
        Path floorDir = extractClasses(root.resolve("tools/floor"), "FilerFloorProcessor");
        Path emptyFloorDir = extractClasses(root.resolve("tools/empty-floor"), "EmptyFloorProcessor");
        Path timerDir = extractClasses(root.resolve("tools/timer"), "PhaseTimer");
        Files.createDirectories(timerDir.resolve(TIMER_SERVICE).getParent());
        Files.writeString(timerDir.resolve(TIMER_SERVICE), PhaseTimer.class.getName() + "\n");

        System.out.printf(Locale.ROOT, "javac: %s (forked; java.version %s)%n", javac,
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "class path (every side): %s%n", names(classPath));
        System.out.printf(Locale.ROOT, "Touchstone processor path: %s%n", names(touchstonePath));
        System.out.printf(Locale.ROOT, "jpamodelgen processor path: %s%n", names(jpamodelgenPath));
        System.out.printf(Locale.ROOT, "sizes %s; %d warm-up and %d rotating timed runs per side (alone, nothing, "
                + "one-empty, touchstone, jpamodelgen); %d breakdown runs of these and the floor (Touchstone's output "
                + "copied, which runs only there)%n",
                Arrays.toString(sizes), warmups, runs, breakdownRuns);
        System.out.printf(Locale.ROOT, "load average at start: %s%n%n", loadAverage());

        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            Path dir = root.resolve("n" + n);
            deleteTree(dir);
            List<Path> sources = writeEntities(dir.resolve("src"), n);
            long sourceLines = lines(sources);
            // Touchstone's output once, for the floor to copy
            Path reference = dir.resolve("reference");
            Side referenceRun = new Side("reference", List.of(), touchstonePath, reference);
            run(javac, dir, referenceRun, sources, classPath, List.of(), null, List.of());
            count(referenceRun);
            if (referenceRun.generatedFiles == 0) {
                throw new IllegalStateException("Touchstone generated nothing; see "
                        + dir.resolve("javac-reference.log"));
            }
            List<Side> timed = List.of(
                    new Side("alone", List.of("-proc:none"), null, null),
                    emptyFloor(EmptyFloorProcessor.NOTHING, emptyFloorDir, dir),
                    emptyFloor(EmptyFloorProcessor.ONE_EMPTY, emptyFloorDir, dir),
                    new Side("touchstone", List.of(), touchstonePath, dir.resolve("gen-touchstone")),
                    new Side("jpamodelgen", List.of(), jpamodelgenPath, dir.resolve("gen-jpamodelgen")));
            List<Side> sides = new ArrayList<>(timed);
            // Touchstone's output copied: in the breakdown only
            sides.add(new Side("floor", List.of("-processor", FilerFloorProcessor.class.getName(),
                    "-A" + FilerFloorProcessor.DIR_OPTION + "=" + reference), floorDir.toString(),
                    dir.resolve("gen-floor")));
            for (int w = 0; w < warmups; w++) {
                for (Side side : timed) {
                    run(javac, dir, side, sources, classPath, List.of(), null, List.of());
                    count(side);
                }
            }
            // each run starts with the next side, so every side runs first, second and last alike
            for (int r = 0; r < runs; r++) {
                for (int i = 0; i < timed.size(); i++) {
                    Side side = timed.get((r + i) % timed.size());
                    side.timings.add(run(javac, dir, side, sources, classPath, List.of(), null, List.of()));
                    count(side);
                }
            }
            for (int r = 0; r < breakdownRuns; r++) {
                for (int i = 0; i < sides.size(); i++) {
                    Side side = sides.get((r + i) % sides.size());
                    side.breakdowns.add(breakdown(javac, dir, side, sources, classPath, timerDir, r));
                    count(side);
                }
            }
            checkFloors(timed, n, dir);
            Result result = new Result(n, sourceLines, sides);
            results.add(result);
            System.out.printf(Locale.ROOT, "N = %d (load average %s), CPU s (wall s) of every run in order:%n", n,
                    loadAverage());
            for (Side side : sides) {
                System.out.printf(Locale.ROOT, "  %-11s timed %s; breakdown %s%n", side.name, timings(side.timings),
                        side.breakdowns.stream().map(b -> String.format(Locale.ROOT, "%.2f", b.external()))
                                .collect(Collectors.joining(", ", "[", "]")));
            }
            System.out.println();
            printBreakdown(result);
        }
        System.out.println("## Summary");
        System.out.println();
        printSummary(results);
        System.out.println();
        printGrowth(results);
        if (work == null) {
            deleteTree(root);
        }
    }

    /** A side with {@link EmptyFloorProcessor} writing {@code write}, named after it. */
    private static Side emptyFloor(String write, Path processorDir, Path dir) {
        return new Side(write, List.of("-processor", EmptyFloorProcessor.class.getName(),
                "-A" + EmptyFloorProcessor.WRITE_OPTION + "=" + write), processorDir.toString(),
                dir.resolve("gen-" + write));
    }

    /** The floors wrote what they must: nothing, and one file per entity. */
    private static void checkFloors(List<Side> sides, int n, Path dir) {
        for (Side side : sides) {
            long expected = switch (side.name) {
                case EmptyFloorProcessor.NOTHING -> 0;
                case EmptyFloorProcessor.ONE_EMPTY -> n;
                default -> side.generatedFiles;
            };
            if (side.generatedFiles >= 0 && side.generatedFiles != expected) {
                throw new IllegalStateException("the " + side.name + " floor wrote " + side.generatedFiles
                        + " files for " + n + " entities; see " + dir.resolve("javac-" + side.name + ".log"));
            }
        }
    }

    private static void printSummary(List<Result> results) {
        System.out.println("CPU s (wall s), medians of the timed runs; the floors are EmptyFloorProcessor writing "
                + "nothing, and one empty public class <Entity>Timestamps per entity");
        System.out.println();
        System.out.println("| N entities | generated files (lines): Touchstone / jpamodelgen / one-empty floor "
                + "| javac alone | + nothing floor | + one-empty floor | + Touchstone | + jpamodelgen |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            Side touchstone = r.side("touchstone");
            Side jpamodelgen = r.side("jpamodelgen");
            Side oneEmpty = r.side(EmptyFloorProcessor.ONE_EMPTY);
            System.out.printf(Locale.ROOT, "| %,d | %,d (%,d) / %,d (%,d) / %,d (%,d) | %s | %s | %s | %s | %s |%n",
                    r.n, touchstone.generatedFiles, touchstone.generatedLines, jpamodelgen.generatedFiles,
                    jpamodelgen.generatedLines, oneEmpty.generatedFiles, oneEmpty.generatedLines,
                    cell(r.side("alone")), cell(r.side(EmptyFloorProcessor.NOTHING)), cell(oneEmpty), cell(touchstone),
                    cell(jpamodelgen));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Ratios of the CPU medians of the timed runs; SPEC \"Build cost\": Touchstone "
                + "/ one-empty floor at most %.1f%n", SPEC_FLOOR_RATIO);
        System.out.println();
        System.out.printf(Locale.ROOT, "| N entities | nothing floor / alone | one-empty floor / alone "
                + "| Touchstone / alone | jpamodelgen / alone | **Touchstone / one-empty floor** | within %.1fx "
                + "| Touchstone / jpamodelgen | extra CPU per entity over alone: Touchstone / jpamodelgen / one-empty "
                + "| floor (Touchstone's output copied) / alone (breakdown runs) |%n", SPEC_FLOOR_RATIO);
        System.out.println("|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|");
        for (Result r : results) {
            Side alone = r.side("alone");
            double base = alone.median(Timing::cpuSeconds);
            double nothing = r.side(EmptyFloorProcessor.NOTHING).median(Timing::cpuSeconds);
            double oneEmpty = r.side(EmptyFloorProcessor.ONE_EMPTY).median(Timing::cpuSeconds);
            double ts = r.side("touchstone").median(Timing::cpuSeconds);
            double jmg = r.side("jpamodelgen").median(Timing::cpuSeconds);
            double floorRatio = r.side("floor").breakdown(Breakdown::external) / alone.breakdown(Breakdown::external);
            System.out.printf(Locale.ROOT,
                    "| %,d | %.2f | %.2f | %.2f | %.2f | **%.2f** | %s | %.2f | %.1f / %.1f / %.1f ms | %.2f |%n",
                    r.n, nothing / base, oneEmpty / base, ts / base, jmg / base, ts / oneEmpty,
                    ts / oneEmpty <= SPEC_FLOOR_RATIO ? "yes" : "**no**", ts / jmg, (ts - base) * 1000 / r.n,
                    (jmg - base) * 1000 / r.n, (oneEmpty - base) * 1000 / r.n, floorRatio);
        }
        System.out.println();
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "N = %,d: the entities are %,d lines (%.0f per entity); "
                    + "Touchstone generates %.1f lines per entity, jpamodelgen %.1f%n", r.n, r.sourceLines,
                    r.sourceLines / (double) r.n,
                    r.side("touchstone").generatedLines / (double) r.n,
                    r.side("jpamodelgen").generatedLines / (double) r.n);
        }
    }

    /** Touchstone's extra CPU over javac alone per entity, by where it goes, at every N. */
    private static void printGrowth(List<Result> results) {
        if (results.stream().anyMatch(r -> r.side("touchstone").breakdowns.isEmpty())) {
            return;
        }
        System.out.println("Touchstone's extra CPU over javac alone, ms per entity, by where it goes (breakdown runs)");
        System.out.println();
        StringBuilder head = new StringBuilder("| where |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Result r : results) {
            head.append(String.format(Locale.ROOT, " N = %,d |", r.n));
            rule.append("---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        Map<String, ToDoubleFunction<Breakdown>> rows = new LinkedHashMap<>();
        rows.put("the processor's own work (init(), process() less the Filer)",
                b -> b.seconds.get(Bucket.PROCESSORS) - b.filer());
        rows.put("the Filer", Breakdown::filer);
        rows.put("javac's round work", b -> b.seconds.get(Bucket.ROUNDS));
        rows.put("parse generated sources, enter",
                b -> b.seconds.get(Bucket.PARSE_GENERATED) + b.seconds.get(Bucket.ENTER));
        rows.put("attribute, flow, desugar, write the generated classes", b -> b.seconds.get(Bucket.ANALYZE_GENERATED));
        rows.put("the rest of the main thread", b -> b.seconds.get(Bucket.STARTUP) + b.seconds.get(Bucket.OTHER)
                + b.seconds.get(Bucket.PARSE_SOURCES) + b.seconds.get(Bucket.ANALYZE_SOURCES));
        rows.put("other threads (JIT compilers, GC)", b -> b.process - b.main);
        rows.put("total", Breakdown::process);
        for (Map.Entry<String, ToDoubleFunction<Breakdown>> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder("| " + row.getKey() + " |");
            for (Result r : results) {
                double extra = r.side("touchstone").breakdown(row.getValue())
                        - r.side("alone").breakdown(row.getValue());
                line.append(String.format(Locale.ROOT, " %.1f |", extra * 1000 / r.n));
            }
            System.out.println(line);
        }
    }

    private static void printBreakdown(Result r) {
        Side alone = r.side("alone");
        if (alone.breakdowns.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "Breakdown at N = %,d: CPU s of javac's main thread by phase (PhaseTimer), "
                + "medians of %d run(s) per side%n%n", r.n, alone.breakdowns.size());
        System.out.println("| where | javac alone | + nothing floor | + one-empty floor | + Touchstone | + jpamodelgen "
                + "| + floor (Touchstone's output copied) | Touchstone - alone | per entity "
                + "| Touchstone - one-empty floor | per entity |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Bucket bucket : Bucket.values()) {
            row(r, bucket.label, b -> b.seconds.get(bucket));
            if (bucket == Bucket.PROCESSORS) {
                row(r, "... of which the Filer (share of JFR main-thread samples)", Breakdown::filer);
                row(r, "... of which JavaPoet, not in the Filer (JFR)", Breakdown::javapoet);
                row(r, "... the rest: the processor's own code, javac's model, class loading",
                        b -> b.seconds.get(Bucket.PROCESSORS) - b.filer() - b.javapoet());
            }
        }
        row(r, "**main thread**", Breakdown::main);
        row(r, "other threads: JIT compilers, GC, JFR", b -> b.process - b.main);
        row(r, "**process** (user + sys, as the plugin saw it at the end)", Breakdown::process);
        row(r, "the same run measured from outside (the timed runs' measure)", Breakdown::external);
        System.out.println();
        for (Side side : r.sides) {
            if (!side.breakdowns.isEmpty() && side.processorPath != null) {
                System.out.printf(Locale.ROOT, "  %s: JFR main-thread samples in the processors' rounds %s, "
                        + "of which in the Filer %s, in JavaPoet %s%n", side.name,
                        side.breakdowns.stream().map(b -> String.valueOf(b.roundSamples)).toList(),
                        side.breakdowns.stream().map(b -> String.valueOf(b.filerSamples)).toList(),
                        side.breakdowns.stream().map(b -> String.valueOf(b.javapoetSamples)).toList());
            }
        }
        System.out.println();
    }

    private static void row(Result r, String label, ToDoubleFunction<Breakdown> measure) {
        StringBuilder line = new StringBuilder("| " + label + " |");
        for (String name : List.of("alone", EmptyFloorProcessor.NOTHING, EmptyFloorProcessor.ONE_EMPTY, "touchstone",
                "jpamodelgen", "floor")) {
            line.append(String.format(Locale.ROOT, " %.2f |", r.side(name).breakdown(measure)));
        }
        double touchstone = r.side("touchstone").breakdown(measure);
        for (String base : List.of("alone", EmptyFloorProcessor.ONE_EMPTY)) {
            double extra = touchstone - r.side(base).breakdown(measure);
            line.append(String.format(Locale.ROOT, " %+.2f | %+.1f ms |", extra, extra * 1000 / r.n));
        }
        System.out.println(line);
    }

    /** Writes {@code n} JPA entities like a real domain's: private fields, accessors, equals/hashCode/toString. */
    static List<Path> writeEntities(Path src, int n) throws IOException {
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String pkg = "bench.domain.m" + (i % PACKAGES);
            String name = "Entity" + i;
            Path file = src.resolve(pkg.replace('.', '/')).resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, entity(pkg, name));
            files.add(file);
        }
        return files;
    }

    private static String entity(String pkg, String name) {
        String[][] fields = {
            {"Long", "id", "@Id"}, {"String", "name", null}, {"String", "status", null},
            {"Integer", "version", "@Version"}, {"Instant", "createdAt", "@Column(updatable = false)"},
            {"Instant", "updatedAt", null}, {"Instant", "lastActiveAt", "@ActivityTimestamp"},
            {"Instant", "startedAt", null}, {"Instant", "finishedAt", null},
            {"Long", "runTimeMs", "@Duration(start = \"startedAt\", end = \"finishedAt\")"},
        };
        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg).append(";\n\n")
                .append("import io.github.touchstone.ActivityTimestamp;\n")
                .append("import io.github.touchstone.Duration;\n")
                .append("import io.github.touchstone.Timestamped;\n")
                .append("import jakarta.persistence.Column;\n")
                .append("import jakarta.persistence.Entity;\n")
                .append("import jakarta.persistence.Id;\n")
                .append("import jakarta.persistence.Version;\n")
                .append("import java.time.Instant;\n")
                .append("import java.util.Objects;\n\n")
                .append("/** A benchmark entity. */\n")
                .append("@Entity\n")
                .append("@Timestamped\n")
                .append("public class ").append(name).append(" {\n");
        for (String[] f : fields) {
            if (f[2] != null) {
                b.append("    ").append(f[2]).append('\n');
            }
            b.append("    private ").append(f[0]).append(' ').append(f[1]).append(";\n");
        }
        for (String[] f : fields) {
            String cap = Character.toUpperCase(f[1].charAt(0)) + f[1].substring(1);
            b.append("\n    public ").append(f[0]).append(" get").append(cap).append("() {\n")
                    .append("        return ").append(f[1]).append(";\n    }\n")
                    .append("\n    public void set").append(cap).append('(').append(f[0]).append(' ').append(f[1])
                    .append(") {\n        this.").append(f[1]).append(" = ").append(f[1]).append(";\n    }\n");
        }
        b.append("\n    @Override\n    public boolean equals(Object o) {\n")
                .append("        return o instanceof ").append(name).append(" other && id != null && id.equals(other.id);\n")
                .append("    }\n\n    @Override\n    public int hashCode() {\n        return Objects.hashCode(id);\n    }\n\n")
                .append("    @Override\n    public String toString() {\n")
                .append("        return \"").append(name).append("[id=\" + id + \", name=\" + name + \", status=\" + status")
                .append(" + \", createdAt=\" + createdAt + \", updatedAt=\" + updatedAt + \"]\";\n    }\n}\n");
        return b.toString();
    }

    /**
     * One forked javac of {@code side}, timed; {@code jvmOptions} go before the argument file, {@code extra} into it,
     * and {@code processorPath}, if not null, replaces the side's.
     */
    private static Timing run(Path javac, Path dir, Side side, List<Path> sources, String classPath,
            List<String> jvmOptions, String processorPath, List<String> extra)
            throws IOException, InterruptedException {
        Path out = dir.resolve("classes-" + side.name);
        deleteTree(out);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(side.options);
        String path = processorPath != null ? processorPath : side.processorPath;
        if (path != null) {
            args.addAll(List.of("-processorpath", path));
        }
        args.addAll(extra);
        args.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-cp", classPath, "-d", out.toString()));
        if (side.generatedDir != null) {
            deleteTree(side.generatedDir);
            Files.createDirectories(side.generatedDir);
            args.addAll(List.of("-s", side.generatedDir.toString()));
        }
        sources.forEach(s -> args.add(s.toString()));
        Path argFile = dir.resolve("args-" + side.name + ".txt");
        Files.write(argFile, args);
        Path log = dir.resolve("javac-" + side.name + ".log");
        List<String> command = new ArrayList<>();
        command.add(javac.toString());
        command.addAll(jvmOptions);
        command.add("@" + argFile);

        long cpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        long cpu = waitForCpuAccounting(cpuBefore);
        if (exit != 0) {
            throw new IllegalStateException("javac (" + side.name + ") failed with " + exit + ":\n"
                    + Files.readString(log));
        }
        return new Timing(cpu / (double) TICKS_PER_SECOND, wall / 1e9);
    }

    /** One more run of {@code side} with the PhaseTimer plugin and a JFR recording. */
    private static Breakdown breakdown(Path javac, Path dir, Side side, List<Path> sources, String classPath,
            Path timerDir, int index) throws IOException, InterruptedException {
        Path phases = dir.resolve("phases-" + side.name + "-" + index + ".txt");
        Path jfr = dir.resolve("profile-" + side.name + "-" + index + ".jfr");
        Files.deleteIfExists(phases);
        // on every side, javac alone included, so that JFR's own cost cancels out of the differences
        List<String> jvmOptions = List.of("-J-XX:StartFlightRecording=filename=" + jfr + ",settings=profile",
                "-J-XX:FlightRecorderOptions=stackdepth=2048");
        String processorPath = side.processorPath == null ? timerDir.toString() : side.processorPath + ":" + timerDir;
        String generated = side.generatedDir == null ? dir.resolve("none").toString() : side.generatedDir.toString();
        List<String> extra = List.of("\"-Xplugin:" + PhaseTimer.NAME + " " + phases + " " + generated + "\"");
        Timing timing = run(javac, dir, side, sources, classPath, jvmOptions, processorPath, extra);
        Map<Bucket, Double> seconds = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            seconds.put(bucket, 0.0);
        }
        double main = 0;
        double process = 0;
        for (String line : Files.readAllLines(phases)) {
            String[] kv = line.split(" ");
            double value = Long.parseLong(kv[1]) / 1e9;
            switch (kv[0]) {
                case "MAIN" -> main = value;
                case "PROCESS" -> process = value;
                default -> seconds.put(Bucket.valueOf(kv[0]), value);
            }
        }
        int[] samples = roundSamples(jfr);
        return new Breakdown(seconds, main, process, timing.cpuSeconds(), samples[0], samples[1], samples[2]);
    }

    /**
     * Main-thread execution samples taken inside the processors' rounds ({@code JavacProcessingEnvironment$Round.run}
     * on the stack), those of them inside the Filer ({@code JavacFiler} on the stack), and those in JavaPoet and not
     * in the Filer.
     */
    private static int[] roundSamples(Path jfr) throws IOException {
        int round = 0;
        int filer = 0;
        int javapoet = 0;
        try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedThread thread = event.getThread("sampledThread");
                if (thread == null || !"main".equals(thread.getJavaName()) || event.getStackTrace() == null) {
                    continue;
                }
                boolean inRound = false;
                boolean inFiler = false;
                boolean inJavapoet = false;
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    String type = frame.getMethod().getType().getName();
                    inRound |= type.equals("com.sun.tools.javac.processing.JavacProcessingEnvironment$Round")
                            && frame.getMethod().getName().equals("run");
                    inFiler |= type.startsWith("com.sun.tools.javac.processing.JavacFiler");
                    inJavapoet |= type.startsWith("com.palantir.javapoet.");
                }
                if (inRound) {
                    round++;
                    if (inFiler) {
                        filer++;
                    } else if (inJavapoet) {
                        javapoet++;
                    }
                }
            }
        }
        return new int[] {round, filer, javapoet};
    }

    /** Copies this package's classes whose simple names start with {@code prefix} into {@code dir}. */
    private static Path extractClasses(Path dir, String prefix) throws IOException, URISyntaxException {
        String pkg = CompileBench.class.getPackageName().replace('.', '/');
        Path location = Path.of(CompileBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = Files.createDirectories(dir.resolve(pkg));
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(pkg))) {
                files.map(p -> p.getFileName().toString()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName)
                        .filter(e -> e.startsWith(pkg + "/") && e.indexOf('/', pkg.length() + 1) < 0)
                        .map(e -> e.substring(pkg.length() + 1)).forEach(names::add);
            }
        }
        int copied = 0;
        for (String name : names) {
            if (name.endsWith(".class") && (name.equals(prefix + ".class") || name.startsWith(prefix + "$"))) {
                try (InputStream in = CompileBench.class.getResourceAsStream(name)) {
                    Files.write(target.resolve(name), in.readAllBytes());
                }
                copied++;
            }
        }
        if (copied == 0) {
            throw new IllegalStateException("no class " + prefix + " in " + location);
        }
        return dir;
    }

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat times; 100 on every mainstream architecture. */
    private static final long TICKS_PER_SECOND = 100;

    /** The children's CPU is added when the reaper thread has waited for the child; give it a moment. */
    private static long waitForCpuAccounting(long before) throws InterruptedException {
        long after = childrenCpuTicks();
        for (int i = 0; i < 50 && after == before; i++) {
            Thread.sleep(10);
            after = childrenCpuTicks();
        }
        return after - before;
    }

    /** cutime + cstime of this JVM: CPU ticks of all children it has reaped. */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException e) {
            throw new UncheckedIOException("this harness reads CPU time from /proc (Linux only)", e);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Counts the files and lines {@code side} generated, once. */
    private static void count(Side side) throws IOException {
        if (side.generatedDir == null || side.generatedFiles >= 0) {
            return;
        }
        List<Path> files = javaFiles(side.generatedDir);
        side.generatedFiles = files.size();
        side.generatedLines = lines(files);
    }

    private static long lines(List<Path> files) throws IOException {
        long lines = 0;
        for (Path file : files) {
            try (Stream<String> l = Files.lines(file)) {
                lines += l.count();
            }
        }
        return lines;
    }

    private static String jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> jars = files.filter(p -> p.toString().endsWith(".jar")).map(p -> p.toAbsolutePath().toString())
                    .sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jar in " + dir);
            }
            return String.join(":", jars);
        }
    }

    private static String names(String path) {
        return Arrays.stream(path.split(":")).map(p -> Path.of(p).getFileName().toString())
                .collect(Collectors.joining(", "));
    }

    private static String cell(Side side) {
        return String.format(Locale.ROOT, "%.2f (%.2f)", side.median(Timing::cpuSeconds),
                side.median(Timing::wallSeconds));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String timings(List<Timing> timings) {
        return timings.stream().map(t -> String.format(Locale.ROOT, "%.2f (%.2f)", t.cpuSeconds(), t.wallSeconds()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
