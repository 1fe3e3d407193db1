package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.processor.validation.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the diagnostics catalogue true: every code of {@link Message} has an entry in
 * {@code docs/diagnostics.md} with the processor's fix text, and a row in the README with its
 * kind; every wrong example there gives its code (as an error or a warning, as catalogued);
 * every fixed example compiles clean under {@code -Xlint:all -Werror}; and the same under the
 * Eclipse compiler.
 */
class CatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "diagnostics.md");
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SECTION = Pattern.compile("(?m)^## (TS\\d{3}) ");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public (?:\\w+ )*(?:class|interface|record|enum) (\\w+)");

    /** The code of each section, and its text. */
    private static Map<String, String> sections() throws IOException {
        String text = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            codes.add(m.group(1));
        }
        for (int i = 0; i < codes.size(); i++) {
            int end = i + 1 < codes.size() ? starts.get(i + 1)[0] : text.length();
            sections.put(codes.get(i), text.substring(starts.get(i)[0], end));
        }
        return sections;
    }

    @Test
    void everyCodeIsCatalogued() throws IOException {
        Map<String, String> sections = sections();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (Message diagnostic : Message.values()) {
            assertTrue(sections.containsKey(diagnostic.code()), diagnostic.code() + " missing from " + CATALOGUE);
            String kind = diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR ? "error" : "warning";
            assertTrue(readme.contains("| " + diagnostic.code() + " | " + kind + " |"),
                    diagnostic.code() + " missing from the README as " + kind);
            assertTrue(sections.get(diagnostic.code()).contains("**Fix:** " + diagnostic.fix()),
                    diagnostic.code() + ": the catalogue's fix is not the processor's: " + diagnostic.fix());
        }
        assertEquals(Message.values().length, sections.size(), "catalogue codes: " + sections.keySet());
    }

    @Test
    void everyDiagnosticHasAUniqueCodeAndPrintsIt() {
        List<String> codes = Arrays.stream(Message.values()).map(Message::code).toList();
        assertEquals(codes.size(), Set.copyOf(codes).size(), "unique codes: " + codes);
        for (Message diagnostic : Message.values()) {
            assertEquals("[" + diagnostic.code() + "] ",
                    diagnostic.format(new Object[10]).substring(0, diagnostic.code().length() + 3));
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesBehaveAsCatalogued() throws IOException {
        return sections().entrySet().stream()
                // no source makes the processor fail or the Filer refuse a write; a type that never
                // resolves fails javac on its own (RoundsTest has TS902)
                .filter(section -> !section.getKey().equals(Message.INTERNAL_ERROR.code())
                        && !section.getKey().equals(Message.WRITE_FAILED.code())
                        && !section.getKey().equals(Message.UNRESOLVED_AT_LAST_ROUND.code()))
                .flatMap(section -> examples(section.getKey(), section.getValue()));
    }

    private static Stream<DynamicTest> examples(String code, String section) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertEquals(2, blocks.size(), code + " needs a wrong and a fixed example");
        Message diagnostic = Arrays.stream(Message.values()).filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not a code of Message"));
        Stream<DynamicTest> javac = Stream.of(
                DynamicTest.dynamicTest(code + " wrong", () -> assertReported(
                        Compiler.JAVAC.compile(source(blocks.get(0))), diagnostic)),
                DynamicTest.dynamicTest(code + " fixed", () -> {
                    JavaFileObject fixed = source(blocks.get(1)).file();
                    if (blocks.get(1).contains("jakarta.persistence")) {
                        Compilations.compileAndLoadJpa(fixed);
                    } else {
                        Compilations.compileAndLoad(fixed);
                    }
                }));
        Stream<DynamicTest> ecj = Stream.of(
                DynamicTest.dynamicTest(code + " wrong, ECJ", () -> {
                    Assumptions.assumeFalse(diagnostic == Message.LOCAL_CLASS || diagnostic == Message.INITIALIZED_TIMESTAMP,
                            "ECJ has no tree API for processors: TS102 and TS209 are reported under javac only");
                    assertReported(Compiler.ECJ.compile(source(blocks.get(0))), diagnostic);
                }),
                DynamicTest.dynamicTest(code + " fixed, ECJ",
                        () -> Compiler.ECJ.compile(source(blocks.get(1))).assertSucceeded()));
        return Stream.concat(javac, ecj);
    }

    private static void assertReported(Diagnostics diagnostics, Message diagnostic) {
        assertTrue(diagnostics.reported().stream().anyMatch(d -> d.kind() == diagnostic.kind()
                        && d.message().startsWith("[" + diagnostic.code() + "]")),
                () -> diagnostic.code() + " expected as " + diagnostic.kind() + ", got:\n" + diagnostics);
    }

    private static TestSource source(String code) {
        Matcher pkg = PACKAGE.matcher(code);
        Matcher type = PUBLIC_TYPE.matcher(code);
        assertTrue(pkg.find() && type.find(), () -> "an example needs a package and a public type:\n" + code);
        return TestSource.of(pkg.group(1) + "." + type.group(1), code);
    }
}
