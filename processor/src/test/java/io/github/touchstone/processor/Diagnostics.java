package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.processor.TestSource.Position;
import io.github.touchstone.processor.TestSource.Target;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * What one compiler reported on test sources, with the assertions of the diagnostic tests,
 * the same under javac and ECJ: each diagnostic's kind, file (its path under the source root,
 * such as {@code com/acme/Agent.java}), line, column and message.
 */
record Diagnostics(Compiler compiler, boolean succeeded, List<Reported> reported) {

    /** One diagnostic; a warning is {@link Kind#WARNING} or {@link Kind#MANDATORY_WARNING}. */
    record Reported(Kind kind, String file, long line, long column, String message) {

        boolean isWarning() {
            return kind == Kind.WARNING || kind == Kind.MANDATORY_WARNING;
        }

        @Override
        public String toString() {
            return kind + " " + file + ":" + line + ":" + column + ": " + message;
        }
    }

    /** The diagnostics of a compilation whose sources lie under the directory {@code root} (a URI path). */
    static Diagnostics of(Compiler compiler, boolean succeeded,
            List<? extends Diagnostic<? extends JavaFileObject>> diagnostics, String root) {
        return new Diagnostics(compiler, succeeded, diagnostics.stream().map(d -> {
            String path = d.getSource() == null ? "" : d.getSource().toUri().getPath();
            String file = (path.startsWith(root) ? path.substring(root.length()) : path).replaceFirst("^/", "");
            return new Reported(d.getKind(), file, d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT));
        }).toList());
    }

    void assertSucceeded() {
        assertTrue(succeeded, () -> "expected success\n" + this);
    }

    void assertFailed() {
        assertFalse(succeeded, () -> "expected failure\n" + this);
    }

    /** Success, and not a single diagnostic. */
    void assertClean() {
        assertTrue(succeeded && reported.isEmpty(), () -> "expected to compile clean\n" + this);
    }

    void assertErrorCount(int count) {
        assertEquals(count, errors().size(), this::toString);
    }

    void assertWarningCount(int count) {
        assertEquals(count, reported.stream().filter(Reported::isWarning).count(), this::toString);
    }

    /** The messages of the errors, in order. */
    List<String> errors() {
        return reported.stream().filter(d -> d.kind() == Kind.ERROR).map(Reported::message).toList();
    }

    /** An error whose message contains {@code message}, anywhere. */
    void assertErrorContaining(String message) {
        assertTrue(errors().stream().anyMatch(m -> m.contains(message)),
                () -> "expected an error containing \"" + message + "\"\n" + this);
    }

    /** An error whose message contains {@code message}, where {@code target} is under this compiler. */
    void assertError(String message, Target target) {
        assertReported("an error", d -> d.kind() == Kind.ERROR, message, target);
    }

    /** A warning whose message contains {@code message}, where {@code target} is under this compiler. */
    void assertWarning(String message, Target target) {
        assertReported("a warning", Reported::isWarning, message, target);
    }

    private void assertReported(String what, Predicate<Reported> kind, String message, Target target) {
        Position at = target.under(compiler);
        String file = target.source().path();
        assertTrue(reported.stream().anyMatch(d -> kind.test(d) && d.message().contains(message) && d.file().equals(file)
                        && d.line() == at.line() && d.column() == at.column()),
                () -> "expected " + what + " containing \"" + message + "\" at " + file + ":" + at.line() + ":"
                        + at.column() + "\n" + this);
    }

    @Override
    public String toString() {
        return compiler + (succeeded ? " succeeded" : " failed") + reported.stream().map(d -> "\n  " + d)
                .collect(Collectors.joining());
    }
}
