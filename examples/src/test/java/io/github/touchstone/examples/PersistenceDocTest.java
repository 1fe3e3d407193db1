package io.github.touchstone.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The excerpts in {@code docs/persistence.md} are the committed code: every Java block names a file
 * on its first line ({@code // examples/src/...}), and so may an XML block
 * ({@code <!-- examples/spring-boot/pom.xml -->}); each such excerpt must be found in that file,
 * line by line and in order ({@code // ...} or {@code <!-- ... -->} stands for lines left out).
 */
class PersistenceDocTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DOC = ROOT.resolve("docs/persistence.md");

    @Test
    void everyExcerptMatchesTheFileItNames() throws IOException {
        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int java = 0;
        int xml = 0;
        for (int i = 0; i < doc.size(); i++) {
            boolean isJava = doc.get(i).equals("```java");
            boolean isXml = doc.get(i).equals("```xml");
            if (!isJava && !isXml) {
                continue;
            }
            String header = doc.get(i + 1).trim();
            String file;
            if (header.startsWith("// examples/")) {
                file = header.substring(3);
            } else if (header.startsWith("<!-- examples/") && header.endsWith(" -->")) {
                file = header.substring(5, header.length() - 4);
            } else {
                assertTrue(isXml, () -> DOC + ": a Java block that names no file: " + header);
                continue;
            }
            List<String> excerpt = new ArrayList<>();
            int line = i + 2;
            for (; !doc.get(line).equals("```"); line++) {
                excerpt.add(doc.get(line));
            }
            assertFound(ROOT.resolve(file), excerpt, i + 1);
            if (isJava) {
                java++;
            } else {
                xml++;
            }
            i = line;
        }
        assertTrue(java >= 18, "Java excerpts found: " + java);
        assertTrue(xml >= 1, "XML excerpts found: " + xml);
    }

    private static void assertFound(Path file, List<String> excerpt, int docLine) throws IOException {
        List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
        int at = 0;
        for (String line : excerpt) {
            if (line.trim().equals("// ...") || line.trim().equals("<!-- ... -->") || line.isBlank()) {
                continue;
            }
            while (at < source.size() && !source.get(at).equals(line)) {
                at++;
            }
            String missing = line;
            assertTrue(at < source.size(),
                    () -> DOC + " line " + docLine + ": not found in " + file + " (in order): " + missing);
            at++;
        }
    }
}
