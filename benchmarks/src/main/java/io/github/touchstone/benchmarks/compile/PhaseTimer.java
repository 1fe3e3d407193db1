package io.github.touchstone.benchmarks.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A {@code javac} plugin ({@code -Xplugin:"PhaseTimer OUT GENERATED_DIR"}, found on the processor path) that
 * splits the CPU time of javac's main thread by phase, telling the sources generated into {@code GENERATED_DIR}
 * from the hand-written ones, and writes the totals to {@code OUT} when the compilation finishes, with the
 * process's CPU time so that the other threads' share (the JIT compilers, the GC) shows too.
 *
 * <p>Each stretch of main-thread CPU between two {@link TaskEvent}s goes to exactly one {@link Bucket}: the one
 * of the innermost event still open, so the buckets add up to the main thread's total. {@code ENTER} events come
 * in batches (all started, then all finished) and are counted as one span. The time between a class's
 * {@code ANALYZE} finishing and its {@code GENERATE} starting is {@code desugar} and goes to the class's
 * attribute-and-generate bucket. The time inside {@code ANNOTATION_PROCESSING_ROUND} is the processors'
 * {@code init} and {@code process} calls, the {@code Filer} included; {@link CompileBench} splits it with a JFR
 * recording.
 */
public final class PhaseTimer implements Plugin {
    /** The plugin's name, for {@code -Xplugin}. */
    static final String NAME = "PhaseTimer";

    /** Where the main thread's CPU time goes. */
    enum Bucket {
        STARTUP("JVM start and javac set-up, before the first event"),
        PARSE_SOURCES("parse, hand-written sources"),
        ENTER("enter (all rounds; hand-written and generated)"),
        PROCESSORS("annotation processing: the processors' init() and process() calls, the Filer included"),
        ROUNDS("annotation processing: javac's round work (finding annotated elements, new rounds)"),
        PARSE_GENERATED("parse, generated sources"),
        ANALYZE_SOURCES("attribute, flow, desugar, write classes: hand-written sources"),
        ANALYZE_GENERATED("attribute, flow, desugar, write classes: generated sources"),
        OTHER("other (between phases)");

        final String label;

        Bucket(String label) {
            this.label = label;
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void init(JavacTask task, String... args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: -Xplugin:\"" + NAME + " OUT GENERATED_DIR\"");
        }
        task.addTaskListener(new Listener(Path.of(args[0]), Path.of(args[1]).toAbsolutePath().normalize()));
    }

    private static final class Listener implements TaskListener {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Path out;
        private final Path generatedDir;
        private final Map<Bucket, Long> nanos = new EnumMap<>(Bucket.class);
        private final Deque<Bucket> open = new ArrayDeque<>();
        private long last;
        private int entering;
        /** After ANALYZE finished and until the next event: desugar of that class. */
        private Bucket desugaring;

        Listener(Path out, Path generatedDir) {
            this.out = out;
            this.generatedDir = generatedDir;
            last = threads.getCurrentThreadCpuTime();
            nanos.put(Bucket.STARTUP, last);
        }

        @Override
        public void started(TaskEvent e) {
            account();
            desugaring = null;
            switch (e.getKind()) {
                case PARSE -> open.push(generated(e) ? Bucket.PARSE_GENERATED : Bucket.PARSE_SOURCES);
                case ENTER -> {
                    if (entering++ == 0) {
                        open.push(Bucket.ENTER);
                    }
                }
                case ANNOTATION_PROCESSING -> open.push(Bucket.ROUNDS);
                case ANNOTATION_PROCESSING_ROUND -> open.push(Bucket.PROCESSORS);
                case ANALYZE, GENERATE -> open.push(generated(e) ? Bucket.ANALYZE_GENERATED : Bucket.ANALYZE_SOURCES);
                default -> open.push(current());
            }
        }

        @Override
        public void finished(TaskEvent e) {
            account();
            desugaring = null;
            switch (e.getKind()) {
                case ENTER -> {
                    if (--entering == 0) {
                        open.pop();
                    }
                }
                case COMPILATION -> {
                    open.poll();
                    write();
                }
                default -> {
                    open.poll();
                    if (e.getKind() == TaskEvent.Kind.ANALYZE) {
                        desugaring = generated(e) ? Bucket.ANALYZE_GENERATED : Bucket.ANALYZE_SOURCES;
                    }
                }
            }
        }

        private Bucket current() {
            if (desugaring != null) {
                return desugaring;
            }
            Bucket top = open.peek();
            return top == null ? Bucket.OTHER : top;
        }

        private void account() {
            long now = threads.getCurrentThreadCpuTime();
            nanos.merge(current(), now - last, Long::sum);
            last = now;
        }

        private boolean generated(TaskEvent e) {
            JavaFileObject file = e.getSourceFile();
            if (file == null) {
                return false;
            }
            try {
                return Path.of(file.toUri()).toAbsolutePath().normalize().startsWith(generatedDir);
            } catch (RuntimeException notAPath) {
                return false;
            }
        }

        private void write() {
            StringBuilder b = new StringBuilder();
            long main = 0;
            for (Map.Entry<Bucket, Long> entry : nanos.entrySet()) {
                b.append(entry.getKey().name()).append(' ').append(entry.getValue()).append('\n');
                main += entry.getValue();
            }
            b.append("MAIN ").append(main).append('\n');
            b.append("PROCESS ").append(processCpuNanos()).append('\n');
            try {
                Files.writeString(out, b.toString());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** user + system time of this process, all threads, from /proc/self/stat (in USER_HZ = 100 ticks a second). */
    static long processCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
