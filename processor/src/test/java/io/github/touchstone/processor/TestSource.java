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
 */
record TestSource(String qualifiedName, String code, JavaFileObject file) {

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
