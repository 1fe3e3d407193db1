package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user sees for the seed {@code Agent}: the generated sources, character for character,
 * against the files in {@code src/test/resources/golden/}. A deliberate change to the generated
 * code is accepted with {@code mvn test -Dtest=GoldenFileTest -Dgolden.update=true} (run from
 * {@code processor/}), which rewrites those files for review in the diff.
 */
class GoldenFileTest {

    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"AgentTimestamps", "AgentTimestampValidator"})
    void generatedSourceMatchesGoldenFile(String generated) throws IOException {
        Compilation compilation = Compilations.compileStrict(
                JavaFileObjects.forSourceString("com.acme.Agent", resource("Agent.java")));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> Compilations.describe(compilation.diagnostics()));
        JavaFileObject file = compilation.generatedSourceFile("com.acme." + generated).orElseThrow();
        String actual = file.getCharContent(true).toString();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN.resolve(generated + ".java"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(resource(generated + ".java"), actual,
                generated + " changed; if on purpose, rerun with -Dgolden.update=true and review the diff");
    }

    private static String resource(String name) {
        try {
            return Files.readString(Paths.get(GoldenFileTest.class.getResource("/golden/" + name).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
