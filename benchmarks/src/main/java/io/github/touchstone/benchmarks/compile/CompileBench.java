package io.github.touchstone.benchmarks.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Measures what the Touchstone processor adds to a build: for N generated entity sources it times a forked
 * {@code javac} WITH the processor against a forked {@code javac -proc:none} on the same sources PLUS the output
 * the processor already generated, so both compilations produce the same classes and the difference is the
 * processor's own work (analysis, code generation, the extra round). A third side, the floor, runs
 * {@link FilerFloorProcessor}, which writes the same output through the Filer without doing any of Touchstone's
 * work: what any processor generating these files costs, so that with / floor is Touchstone's own share.
 *
 * <p>Runs rotate (with, floor, without; then floor, without, with; ...) after one discarded warm-up of each
 * (two in-process), so drift on a busy machine hits every side alike. CPU time is the forked {@code javac}'s user + system time, read from this
 * JVM's {@code /proc/self/stat} children counters (Linux) after the child has been reaped; wall time is shown
 * too. Reported: medians, the ratios, and Touchstone's own CPU per entity, to show how it grows with N.
 *
 * <p>Usage (from the repository root, after {@code mvn -B -q -Pbenchmarks -DskipTests package}):
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.touchstone.benchmarks.compile.CompileBench
 *     [--sizes 100,1000,5000] [--runs 3] [--lib benchmarks/target/compile-bench-lib] [--work DIR] [--in-process]</pre>
 * {@code --lib} holds the processor, annotations and javapoet jars (copied there by the build). With
 * {@code --in-process} javac runs in this JVM through {@link ToolProvider} instead, timed by the compiling
 * thread's CPU time ({@link ThreadMXBean}): a warm compiler, without the JIT and GC threads' share.
 */
public final class CompileBench {
    private static final int PACKAGES = 50;

    private CompileBench() {
    }

    /** One timed compilation. */
    private record Timing(double cpuSeconds, double wallSeconds) {
    }

    /** One way of compiling the same entities, and its timed runs. */
    private record Side(String name, List<String> options, List<Path> sources, Path generatedDir, List<Timing> timings) {
        Side(String name, List<String> options, List<Path> sources, Path generatedDir) {
            this(name, options, sources, generatedDir, new ArrayList<>());
        }

        double median(ToDoubleFunction<Timing> measure) {
            return CompileBench.median(timings.stream().mapToDouble(measure).toArray());
        }
    }

    /**
     * Runs the harness.
     *
     * @param args see the class comment
     * @throws Exception if a compilation fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int[] sizes = {100, 1000, 5000};
        int runs = 3;
        Path lib = Path.of("benchmarks/target/compile-bench-lib");
        Path work = null;
        boolean inProcess = false;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--lib" -> lib = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--in-process" -> {
                    inProcess = true;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path libDir = lib;
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).map(Path::toAbsolutePath).sorted().toList();
        }
        String processorPath = jars.stream().map(Path::toString).collect(Collectors.joining(":"));
        String classPath = jars.stream().filter(p -> p.getFileName().toString().startsWith("touchstone-annotations"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no touchstone-annotations jar in " + libDir))
                .toString();
        Path javac = inProcess ? null : Path.of(System.getProperty("java.home"), "bin", "javac");
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("touchstone-compile-bench");

        System.out.printf(Locale.ROOT, "javac: %s; processor path: %s; %d rotating runs per side%n%n",
                inProcess ? "in-process (ToolProvider), CPU time of the compiling thread" : javac + ", forked",
                processorPath, runs);
        String floorPath = Path.of(CompileBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        System.out.println("| N entities | files compiled | with processor: CPU s (wall s) | floor: CPU s (wall s) | "
                + "-proc:none on sources + generated: CPU s (wall s) | CPU ratio with / without | floor / without | "
                + "with / floor | Touchstone's own CPU ms per entity (with - floor) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            Path dir = root.resolve("n" + n);
            deleteTree(dir);
            List<Path> sources = writeEntities(dir.resolve("src"), n);
            Path generated = dir.resolve("generated");
            Side with = new Side("with", List.of("-processorpath", processorPath), sources, dir.resolve("generated-run"));
            // warm-up, which also leaves the processor's output for the floor and the -proc:none sides
            time(javac, dir, with.name, with.options, sources, generated, classPath);
            List<Path> generatedSources = javaFiles(generated);
            if (generatedSources.size() != 2 * n) {
                throw new IllegalStateException("expected " + 2 * n + " generated sources, found " + generatedSources.size());
            }
            List<Path> all = new ArrayList<>(sources);
            all.addAll(generatedSources);
            List<Side> sides = List.of(with,
                    new Side("floor", List.of("-processorpath", floorPath, "-processor", FilerFloorProcessor.class.getName(),
                            "-A" + FilerFloorProcessor.DIR_OPTION + "=" + generated), sources, dir.resolve("generated-floor")),
                    new Side("without", List.of("-proc:none"), all, null));
            for (Side side : sides.subList(1, sides.size())) {
                time(javac, dir, side.name, side.options, side.sources, side.generatedDir, classPath);
            }
            if (inProcess) { // a second warm-up round: the in-process compiler should be JIT-compiled before timing
                for (Side side : sides) {
                    time(javac, dir, side.name, side.options, side.sources, side.generatedDir, classPath);
                }
            }
            // each run starts with the next side, so every side runs first, middle and last alike
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < sides.size(); i++) {
                    Side side = sides.get((run + i) % sides.size());
                    side.timings.add(time(javac, dir, side.name, side.options, side.sources, side.generatedDir, classPath));
                }
            }
            double cpuWith = with.median(Timing::cpuSeconds);
            double cpuFloor = sides.get(1).median(Timing::cpuSeconds);
            double cpuWithout = sides.get(2).median(Timing::cpuSeconds);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %d + %d generated |", n, n, 2 * n));
            for (Side side : sides) {
                row.append(String.format(Locale.ROOT, " %.2f (%.2f) |", side.median(Timing::cpuSeconds),
                        side.median(Timing::wallSeconds)));
            }
            row.append(String.format(Locale.ROOT, " %.3f | %.3f | %.3f | %.2f |", cpuWith / cpuWithout,
                    cpuFloor / cpuWithout, cpuWith / cpuFloor, (cpuWith - cpuFloor) * 1000 / n));
            System.out.println(row);
            for (Side side : sides) {
                System.err.printf(Locale.ROOT, "N=%d %s %s%n", n, side.name, cpus(side.timings));
            }
        }
        if (work == null) {
            deleteTree(root);
        }
    }

    /** Writes {@code n} entities like a real domain's: private fields, accessors, equals/hashCode/toString. */
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
            {"Long", "id"}, {"String", "name"}, {"String", "status"}, {"Integer", "version"},
            {"Instant", "createdAt"}, {"Instant", "updatedAt"}, {"Instant", "lastActiveAt"},
            {"Instant", "startedAt"}, {"Instant", "finishedAt"}, {"Long", "runTimeMs"},
        };
        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg).append(";\n\n")
                .append("import io.github.touchstone.ActivityTimestamp;\n")
                .append("import io.github.touchstone.Duration;\n")
                .append("import io.github.touchstone.Timestamped;\n")
                .append("import java.time.Instant;\n")
                .append("import java.util.Objects;\n\n")
                .append("/** A benchmark entity. */\n")
                .append("@Timestamped\n")
                .append("public class ").append(name).append(" {\n");
        for (String[] f : fields) {
            if (f[1].equals("lastActiveAt")) {
                b.append("    @ActivityTimestamp\n");
            } else if (f[1].equals("runTimeMs")) {
                b.append("    @Duration(start = \"startedAt\", end = \"finishedAt\")\n");
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

    private static Timing time(Path javac, Path dir, String side, List<String> options, List<Path> sources,
            Path generatedDir, String classPath) throws IOException, InterruptedException {
        Path out = dir.resolve("classes-" + side);
        deleteTree(out);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-cp", classPath, "-d", out.toString()));
        if (generatedDir != null) {
            deleteTree(generatedDir);
            Files.createDirectories(generatedDir);
            args.addAll(List.of("-s", generatedDir.toString()));
        }
        sources.forEach(s -> args.add(s.toString()));
        Path argFile = dir.resolve("args-" + side + ".txt");
        Files.write(argFile, args);
        Path log = dir.resolve("javac-" + side + ".log");

        if (javac == null) {
            return timeInProcess(side, argFile, log);
        }
        long cpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(javac.toString(), "@" + argFile)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        long cpu = waitForCpuAccounting(cpuBefore);
        if (exit != 0) {
            throw new IllegalStateException("javac (" + side + ") failed with " + exit + ":\n" + Files.readString(log));
        }
        return new Timing(cpu / (double) TICKS_PER_SECOND, wall / 1e9);
    }

    /**
     * Runs javac in this JVM: warm (after the first runs the compiler is JIT-compiled, as in a build daemon or an
     * IDE) and measured by the compiling thread's CPU time, so the JIT and GC threads are left out.
     */
    private static Timing timeInProcess(String side, Path argFile, Path log) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int exit = compiler.run(null, output, output, "@" + argFile);
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        Files.write(log, output.toByteArray());
        if (exit != 0) {
            throw new IllegalStateException("javac (" + side + ") failed with " + exit + ":\n" + output);
        }
        return new Timing(cpu / 1e9, wall / 1e9);
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

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String cpus(List<Timing> timings) {
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
