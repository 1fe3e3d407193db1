package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user sees for representative entities — the seed {@code Agent}, {@code AgentSession}
 * (stored and type-level durations), a record, a mixed-type entity, a JPA entity with its
 * listener, a generic abstract base: every generated source, character for character, against
 * the files in {@code src/test/resources/golden/} (the entity is {@code <Entity>.java} there). A
 * deliberate change to the generated code is accepted with
 * {@code mvn test -Dtest=GoldenFileTest -Dgolden.update=true} (run from {@code processor/}), which
 * rewrites those files for review in the diff.
 */
class GoldenFileTest {

    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"Agent", "AgentSession", "Conversation", "Reading", "Member", "Audited", "Subscription"})
    void generatedSourcesMatchGoldenFiles(String entity) throws IOException {
        String source = resource(entity + ".java");
        // JPA's annotations are not Touchstone's to claim: no "no processor claimed" lint for them
        List<String> lint = source.contains("jakarta.persistence")
                ? List.of("-Xlint:all,-processing", "-Werror") : List.of("-Xlint:all", "-Werror");
        Compilation compilation = javac().withProcessors(new TouchstoneProcessor()).withOptions(lint)
                .compile(JavaFileObjects.forSourceString("com.acme." + entity, source));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> Compilations.describe(compilation.diagnostics()));
        assertFalse(compilation.generatedSourceFiles().isEmpty(), entity + " generated nothing");
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String name = Paths.get(file.toUri().getPath()).getFileName().toString();
            String actual = file.getCharContent(true).toString();
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
                continue;
            }
            assertEquals(resource(name), actual,
                    name + " changed; if on purpose, rerun with -Dgolden.update=true and review the diff");
        }
    }

    private static String resource(String name) {
        try {
            return Files.readString(Paths.get(GoldenFileTest.class.getResource("/golden/" + name).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (NullPointerException e) {
            throw new AssertionError("no golden file " + name + "; create it with -Dgolden.update=true", e);
        }
    }
}
