package io.github.touchstone.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.TimestampValidator;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The published jars carry the module names of the SPEC ("Modules and coordinates"), not names
 * derived from their file names, and come with sources and Javadoc jars.
 *
 * <p>The jars checked are the built ones. {@code touchstone-annotations} is the jar on this class
 * path: in {@code mvn verify} from the root the reactor has packaged it already and resolves it to
 * {@code annotations/target/}; built alone, this module gets it from the local repository. The
 * processor is on the processor path only, so its jar is read from {@code processor/target/},
 * which the reactor builds before this module. When the annotations come as a directory of classes
 * (an IDE, {@code mvn test}) or the processor has no jar yet, the test is skipped: there is no jar
 * to check.
 */
class ModuleNamesTest {

    @Test
    void annotationsJarIsModuleIoGithubTouchstone() throws Exception {
        Path jar = annotationsJar();
        ModuleDescriptor module = describe(jar);
        assertEquals("io.github.touchstone", module.name(),
                () -> jar + ": no Automatic-Module-Name, or a wrong one, in its manifest");
        assertTrue(module.isAutomatic(), () -> jar + ": expected an automatic module (no module-info)");
        // the public API, and the runtime of generated code, which an automatic module exports too
        assertEquals(Set.of("io.github.touchstone", "io.github.touchstone.internal"), module.packages(),
                () -> jar + ": packages");
        assertCompanions(jar, module.name(), "io/github/touchstone/Timestamped");
    }

    @Test
    void processorJarIsModuleIoGithubTouchstoneProcessor() throws Exception {
        Path jar = processorJar();
        ModuleDescriptor module = describe(jar);
        assertEquals("io.github.touchstone.processor", module.name(),
                () -> jar + ": no Automatic-Module-Name, or a wrong one, in its manifest");
        assertTrue(module.isAutomatic(), () -> jar + ": expected an automatic module (no module-info)");
        assertTrue(module.packages().contains("io.github.touchstone.processor"), () -> jar + ": packages");
        assertCompanions(jar, module.name(), "io/github/touchstone/processor/TouchstoneProcessor");
    }

    /** What JPMS makes of the jar: {@code requires} takes this name. */
    private static ModuleDescriptor describe(Path jar) {
        List<ModuleReference> modules = List.copyOf(ModuleFinder.of(jar).findAll());
        assertEquals(1, modules.size(), () -> jar + ": modules found: " + modules);
        return modules.get(0).descriptor();
    }

    /**
     * The sources and Javadoc jars next to it, holding the given class's source and page (the
     * Javadoc of a named module, automatic or not, lies under a directory named after the module).
     */
    private static void assertCompanions(Path jar, String module, String className) throws IOException {
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        assertEntry(jar.resolveSibling(base + "-sources.jar"), className + ".java");
        assertEntry(jar.resolveSibling(base + "-javadoc.jar"), module + "/" + className + ".html");
    }

    private static void assertEntry(Path jar, String entry) throws IOException {
        assertTrue(Files.isRegularFile(jar), () -> "not built: " + jar);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertTrue(zip.getEntry(entry) != null, () -> jar + ": no " + entry);
        }
    }

    private static Path annotationsJar() throws URISyntaxException {
        Path location = Path.of(TimestampValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Assumptions.assumeTrue(Files.isRegularFile(location),
                () -> "touchstone-annotations is a directory here, not a jar: " + location);
        return location;
    }

    private static Path processorJar() throws IOException {
        Path target = Path.of("..", "processor", "target");
        Assumptions.assumeTrue(Files.isDirectory(target), () -> "no " + target.toAbsolutePath().normalize());
        List<Path> jars;
        try (Stream<Path> files = Files.list(target)) {
            jars = files.filter(file -> file.getFileName().toString().matches("touchstone-processor-[^-]+(-SNAPSHOT)?\\.jar"))
                    .collect(Collectors.toList());
        }
        Assumptions.assumeTrue(!jars.isEmpty(), () -> "the processor is not packaged in " + target);
        assertEquals(1, jars.size(), () -> "more than one processor jar: " + jars);
        return jars.get(0);
    }
}
