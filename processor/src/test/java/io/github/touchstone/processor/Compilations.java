package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Compiles test sources through the processor. */
final class Compilations {

    private Compilations() {
    }

    /** A source file; its name is taken from {@code package} and the first public type. */
    static JavaFileObject source(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
    }

    /** What ECJ reported, and whether it succeeded. */
    record EcjResult(boolean success, List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics) {
    }

    /**
     * Compiles with the processor under the Eclipse compiler (ECJ), as Eclipse's IDE would. ECJ
     * works on files only, so sources and output go to a temporary directory.
     */
    static EcjResult compileWithEcj(JavaFileObject... sources) {
        EclipseCompiler ecj = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path directory = Files.createTempDirectory("touchstone-ecj");
            List<Path> paths = new ArrayList<>();
            for (JavaFileObject source : sources) {
                Path path = directory.resolve("src").resolve(source.toUri().getPath().replaceFirst("^/", ""));
                Files.createDirectories(path.getParent());
                Files.writeString(path, source.getCharContent(true), StandardCharsets.UTF_8);
                paths.add(path);
            }
            Files.createDirectories(directory.resolve("generated"));
            List<String> options = List.of("--release", "17", "-cp", System.getProperty("java.class.path"),
                    "-d", directory.resolve("classes").toString(), "-s", directory.resolve("generated").toString());
            JavaCompiler.CompilationTask task = ecj.getTask(new PrintWriter(Writer.nullWriter()), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(paths));
            task.setProcessors(List.of(new TouchstoneProcessor()));
            return new EcjResult(task.call(), diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles with the processor and {@code -Xlint:all}. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new TouchstoneProcessor()).withOptions("-Xlint:all").compile(sources);
    }

    /** Compiles with the processor under {@code -Xlint:all -Werror}: generated code must be clean. */
    static Compilation compileStrict(JavaFileObject... sources) {
        return javac().withProcessors(new TouchstoneProcessor()).withOptions("-Xlint:all", "-Werror").compile(sources);
    }

    /** Compiles strictly, fails the test with every diagnostic if it does not succeed, and loads the classes. */
    static GeneratedClasses compileAndLoad(JavaFileObject... sources) {
        return load(compileStrict(sources));
    }

    /**
     * Compiles JPA entities strictly, but without javac's "no processor claimed" lint: the JPA
     * annotations are not Touchstone's to claim.
     */
    static GeneratedClasses compileAndLoadJpa(JavaFileObject... sources) {
        return load(javac().withProcessors(new TouchstoneProcessor()).withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources));
    }

    /** Fails the test with every diagnostic unless the compilation succeeded without any, and loads the classes. */
    static GeneratedClasses load(Compilation compilation) {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> describe(compilation.diagnostics()));
        assertEquals("", describe(compilation.diagnostics()), "no diagnostics expected");
        return new GeneratedClasses(compilation);
    }

    static String describe(List<? extends javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
