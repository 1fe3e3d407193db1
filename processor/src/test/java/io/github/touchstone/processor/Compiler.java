package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** The two compilers that run the processor: javac, and the Eclipse compiler (ECJ) as Eclipse's IDE runs it. */
enum Compiler {

    /** javac with {@code -Xlint:all}; it compiles clean under {@code -Xlint:all -Werror}. */
    JAVAC,

    /**
     * ECJ, as Eclipse's IDE runs processors, with its default warnings except three checks that
     * javac has not and test sources trip by design: unused imports, unused private members and
     * {@code @SuppressWarnings} tokens it does not know (it calls {@code "touchstone"}
     * unsupported). ECJ works on files, so it compiles in a temporary directory.
     */
    ECJ;

    /** Compiles through Touchstone's processor. */
    Diagnostics compile(TestSource... sources) {
        return compile(new TouchstoneProcessor(), sources);
    }

    /** Compiles through {@code processor}. */
    Diagnostics compile(Processor processor, TestSource... sources) {
        return switch (this) {
            case JAVAC -> compileWithJavac(processor, List.of("-Xlint:all"), sources);
            case ECJ -> compileWithEcj(processor, sources);
        };
    }

    /** Fails unless the sources compile clean: success, and not a single diagnostic. */
    void assertCompilesClean(TestSource... sources) {
        assertCompilesClean("-Xlint:all", sources);
    }

    /**
     * Fails unless sources with JPA annotations compile clean; javac's "no processor claimed"
     * lint is off, as the JPA annotations are not Touchstone's to claim.
     */
    void assertJpaCompilesClean(TestSource... sources) {
        assertCompilesClean("-Xlint:all,-processing", sources);
    }

    private void assertCompilesClean(String lint, TestSource... sources) {
        Diagnostics diagnostics = switch (this) {
            case JAVAC -> compileWithJavac(new TouchstoneProcessor(), List.of(lint, "-Werror"), sources);
            case ECJ -> compileWithEcj(new TouchstoneProcessor(), sources);
        };
        diagnostics.assertClean();
    }

    private static Diagnostics compileWithJavac(Processor processor, List<String> options, TestSource... sources) {
        Compilation compilation = javac().withProcessors(processor).withOptions(options)
                .compile(Arrays.stream(sources).map(TestSource::file).toList());
        return Diagnostics.of(JAVAC, compilation.status() == Compilation.Status.SUCCESS, compilation.diagnostics(), "");
    }

    private static Diagnostics compileWithEcj(Processor processor, TestSource... sources) {
        EclipseCompiler ecj = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path directory = null;
        try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            directory = Files.createTempDirectory("touchstone-ecj");
            Path root = directory.resolve("src");
            List<Path> paths = new ArrayList<>();
            for (TestSource source : sources) {
                Path path = root.resolve(source.path());
                Files.createDirectories(path.getParent());
                Files.writeString(path, source.code(), UTF_8);
                paths.add(path);
            }
            Files.createDirectories(directory.resolve("generated"));
            List<String> options = List.of("--release", "17", "-cp", System.getProperty("java.class.path"),
                    "-d", directory.resolve("classes").toString(), "-s", directory.resolve("generated").toString(),
                    "-warn:-unusedImport,unusedPrivate,warningToken");
            var task = ecj.getTask(new PrintWriter(Writer.nullWriter()), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(paths));
            task.setProcessors(List.of(processor));
            return Diagnostics.of(ECJ, task.call(), diagnostics.getDiagnostics(), root.toUri().getPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
