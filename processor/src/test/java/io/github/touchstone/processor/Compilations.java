package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/** Compiles test sources through the processor. */
final class Compilations {

    private Compilations() {
    }

    /** A source file; its name is taken from {@code package} and the first public type. */
    static JavaFileObject source(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
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
