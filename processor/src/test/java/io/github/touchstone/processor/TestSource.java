package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A test source: its text and the file javac reads, plus positions in it found by a marker
 * that occurs on exactly one line, so that a test can say "on the line of {@code Date
 * createdAt}" rather than "on line 9".
 *
 * <p>A diagnostic's {@link Target} is where javac and ECJ point for the element, annotation
 * and annotation value that the processor reports it on. They agree on a field or record
 * component (its name) and an annotation (its {@code @}); they differ on a type (javac: its
 * keyword, ECJ: its name) and an annotation value (javac: the value, ECJ: the member's name).
 */
record TestSource(String qualifiedName, String code, JavaFileObject file) {

    /** A 1-based line and column. */
    record Position(int line, int column) {

        Position plus(int columns) {
            return new Position(line, column + columns);
        }
    }

    /** Where a diagnostic points in {@code source}, under javac and under ECJ. */
    record Target(TestSource source, Position javac, Position ecj) {

        Position under(Compiler compiler) {
            return compiler == Compiler.JAVAC ? javac : ecj;
        }
    }

    static TestSource of(String qualifiedName, String code) {
        return new TestSource(qualifiedName, code, JavaFileObjects.forSourceString(qualifiedName, code));
    }

    /** The same file with {@code from} replaced by {@code to}, for each pair: the fixed version. */
    TestSource with(String... fromTo) {
        assertEquals(0, fromTo.length % 2, "pairs of from and to");
        String fixed = code;
        for (int i = 0; i < fromTo.length; i += 2) {
            String from = fromTo[i];
            assertTrue(fixed.contains(from), () -> "not in the source: " + from + "\n" + code);
            fixed = fixed.replace(from, fromTo[i + 1]);
        }
        return of(qualifiedName, fixed);
    }

    /** The file's path under the source root, such as {@code com/acme/Agent.java}. */
    String path() {
        return file.toUri().getPath().replaceFirst("^/", "");
    }

    /** A field or record component: both compilers point at its {@code name} on the line of {@code marker}. */
    Target field(String marker, String name) {
        Position position = position(marker, name);
        return new Target(this, position, position);
    }

    /** An annotation such as {@code "@CreatedAt"} on the line of {@code marker}: both point at its {@code @}. */
    Target annotation(String marker, String annotation) {
        Position position = position(marker, annotation);
        return new Target(this, position, position);
    }

    /** The only annotation {@code annotation} in the source. */
    Target annotation(String annotation) {
        return annotation(annotation, annotation);
    }

    /**
     * A class, record or enum by its {@code declaration}, such as {@code "class Agent"}: javac
     * points at the keyword, ECJ at the name.
     */
    Target type(String declaration) {
        Position keyword = position(declaration, declaration);
        return new Target(this, keyword, keyword.plus(declaration.lastIndexOf(' ') + 1));
    }

    /**
     * An annotation's value, written {@code "member = value"} on the line of {@code marker}:
     * javac points at the value (a qualified enum constant such as {@code ChronoUnit.HOURS} at
     * its last dot), ECJ at the member's name.
     */
    Target value(String marker, String assignment) {
        Position member = position(marker, assignment);
        int equals = assignment.indexOf('=');
        String value = assignment.substring(equals + 1).strip();
        int at = assignment.indexOf(value, equals) + (value.startsWith("\"") ? 0 : Math.max(0, value.lastIndexOf('.')));
        return new Target(this, member.plus(at), member);
    }

    /** The only annotation value {@code assignment} in the source. */
    Target value(String assignment) {
        return value(assignment, assignment);
    }

    /**
     * A value of one of several repeated annotations on the type declared by {@code declaration}:
     * javac cannot find the tree of the container annotation it synthesizes (JavacElements
     * matches an annotation only against the element's own annotation trees) and points at the
     * type as {@link #type} does; ECJ points at the member as {@link #value} does.
     */
    Target repeatedValue(String declaration, String marker, String assignment) {
        return new Target(this, type(declaration).javac(), value(marker, assignment).ecj());
    }

    private Position position(String marker, String at) {
        return new Position(line(marker), column(marker, at));
    }

    /** The 1-based number of the only line that contains {@code marker}. */
    int line(String marker) {
        List<String> lines = code.lines().toList();
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                if (found != -1) {
                    fail("\"" + marker + "\" is on more than one line of " + qualifiedName);
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            fail("\"" + marker + "\" is not in " + qualifiedName);
        }
        return found;
    }

    /** The 1-based column where {@code at} first starts on the only line that contains {@code marker}. */
    int column(String marker, String at) {
        String text = code.lines().toList().get(line(marker) - 1);
        int index = text.indexOf(at);
        assertTrue(index >= 0, () -> "\"" + at + "\" is not on the line of \"" + marker + "\"");
        return index + 1;
    }
}
