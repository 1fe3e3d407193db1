package io.github.touchstone.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The excerpts in the docs are the committed code. A fenced block whose first line names a file
 * in that block's comment syntax ({@code // examples/src/...} in a {@code java} block,
 * {@code <!-- examples/pom.xml -->} in {@code xml}, {@code -- examples/src/...} in {@code sql})
 * must be found in that file, line by line and in order; a comment of three dots
 * ({@code // ...}, {@code <!-- ... -->}, {@code -- ...}) stands for lines left out. Every
 * {@code java} block must name a file; an {@code xml} or {@code sql} block that names none is
 * shown, not checked (a {@code text} block never is).
 */
class DocExcerptsTest {

    private static final Path ROOT = Path.of("..");

    /** A fenced block's language and how a line comment reads in it. */
    enum Language {
        JAVA("```java", "// ", "", true),
        XML("```xml", "<!-- ", " -->", false),
        SQL("```sql", "-- ", "", false);

        final String fence;
        final String open;
        final String close;
        final boolean mustNameAFile;

        Language(String fence, String open, String close, boolean mustNameAFile) {
            this.fence = fence;
            this.open = open;
            this.close = close;
            this.mustNameAFile = mustNameAFile;
        }

        static Optional<Language> opening(String line) {
            for (Language language : values()) {
                if (line.equals(language.fence)) {
                    return Optional.of(language);
                }
            }
            return Optional.empty();
        }

        /** The file a block's first line names, if it names one. */
        Optional<String> file(String firstLine) {
            String line = firstLine.trim();
            if (line.startsWith(open + "examples/") && line.endsWith(close)) {
                return Optional.of(line.substring(open.length(), line.length() - close.length()));
            }
            return Optional.empty();
        }

        boolean isElision(String line) {
            return line.trim().equals(open + "..." + close);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // doc, then the fewest excerpts it checks: java, xml, sql
            "docs/persistence.md, 18, 1, 0",
            "docs/migration.md, 13, 0, 4",
    })
    void everyExcerptMatchesTheFileItNames(String docName, int java, int xml, int sql) throws IOException {
        Path doc = ROOT.resolve(docName);
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        Map<Language, Integer> checked = new EnumMap<>(Language.class);
        for (int i = 0; i < lines.size(); i++) {
            Optional<Language> opened = Language.opening(lines.get(i));
            if (opened.isEmpty()) {
                continue;
            }
            Language language = opened.get();
            int first = i + 1;
            int end = first;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            int docLine = first;
            assertTrue(end < lines.size(), () -> doc + " line " + docLine + ": a block that is never closed");
            String header = lines.get(first);
            Optional<String> file = language.file(header);
            assertTrue(file.isPresent() || !language.mustNameAFile,
                    () -> doc + " line " + docLine + ": a " + language + " block that names no file: " + header);
            if (file.isPresent()) {
                assertFound(doc, docLine, language, ROOT.resolve(file.get()), lines.subList(first + 1, end));
                checked.merge(language, 1, Integer::sum);
            }
            i = end;
        }
        for (Language language : Language.values()) {
            int minimum = switch (language) {
                case JAVA -> java;
                case XML -> xml;
                case SQL -> sql;
            };
            int found = checked.getOrDefault(language, 0);
            assertTrue(found >= minimum,
                    () -> doc + ": " + found + " " + language + " excerpts checked, expected at least " + minimum);
        }
    }

    private static void assertFound(Path doc, int docLine, Language language, Path file, List<String> excerpt)
            throws IOException {
        assertTrue(Files.isRegularFile(file), () -> doc + " line " + docLine + ": no such file " + file);
        List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> wanted = new ArrayList<>();
        for (String line : excerpt) {
            if (!language.isElision(line) && !line.isBlank()) {
                wanted.add(line);
            }
        }
        int at = 0;
        for (String line : wanted) {
            while (at < source.size() && !source.get(at).equals(line)) {
                at++;
            }
            assertTrue(at < source.size(),
                    () -> doc + " line " + docLine + ": not found in " + file + " (in order): " + line);
            at++;
        }
    }
}
