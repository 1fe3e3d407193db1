package io.github.touchstone.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The "floor" of {@link CompileBench}'s breakdown: a processor that does none of Touchstone's work but writes
 * exactly Touchstone's output, read from the directory given by {@code -Atouchstone.floor.dir}, through the
 * {@link javax.annotation.processing.Filer}, with the entity it was generated for as originating element (the
 * entity of the same package whose name is the longest prefix of the file's name), as Touchstone does. What it
 * costs beyond {@code javac} alone is what {@code javac} charges any processor for generating those files (the
 * Filer's bookkeeping, the second round) plus compiling them; what Touchstone costs beyond it is Touchstone's own
 * work (reading the entities, building and printing the code). The SPEC's two floors, which need no reference
 * output, are {@link EmptyFloorProcessor}'s.
 */
@SupportedAnnotationTypes("io.github.touchstone.Timestamped")
@SupportedOptions(FilerFloorProcessor.DIR_OPTION)
public final class FilerFloorProcessor extends AbstractProcessor {
    static final String DIR_OPTION = "touchstone.floor.dir";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.isEmpty()) {
            return true;
        }
        Map<String, Map<String, Element>> entities = new HashMap<>();
        for (TypeElement annotation : annotations) {
            for (Element entity : round.getElementsAnnotatedWith(annotation)) {
                String pkg = ((PackageElement) entity.getEnclosingElement()).getQualifiedName().toString();
                entities.computeIfAbsent(pkg, p -> new HashMap<>()).put(entity.getSimpleName().toString(), entity);
            }
        }
        Path dir = Path.of(processingEnv.getOptions().get(DIR_OPTION));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            Path relative = dir.relativize(file);
            String simpleName = relative.getFileName().toString().replaceFirst("\\.java$", "");
            String pkg = relative.getParent() == null ? "" : relative.getParent().toString().replace('/', '.');
            Element origin = null;
            for (Map.Entry<String, Element> entity : entities.getOrDefault(pkg, Map.of()).entrySet()) {
                if (simpleName.startsWith(entity.getKey())
                        && (origin == null || entity.getKey().length() > origin.getSimpleName().length())) {
                    origin = entity.getValue();
                }
            }
            copy(file, pkg.isEmpty() ? simpleName : pkg + "." + simpleName, origin);
        }
        return true;
    }

    private void copy(Path source, String name, Element origin) {
        try {
            String text = Files.readString(source);
            JavaFileObject file = origin == null
                    ? processingEnv.getFiler().createSourceFile(name)
                    : processingEnv.getFiler().createSourceFile(name, origin);
            try (Writer writer = file.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
