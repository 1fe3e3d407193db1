package io.github.touchstone.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * The floor of {@link CompileBench}: a processor that does none of Touchstone's work but writes exactly
 * Touchstone's output, read from the directory given by {@code -Atouchstone.floor.dir}, through the
 * {@link javax.annotation.processing.Filer}, one originating element per file, as Touchstone does. What it
 * costs beyond {@code -proc:none} is what {@code javac} charges any processor for being asked to generate
 * those files (the Filer's bookkeeping, the second round); what Touchstone costs beyond it is Touchstone's own
 * work (reading the entities, building and printing the code).
 */
@SupportedAnnotationTypes("io.github.touchstone.Timestamped")
@SupportedOptions(FilerFloorProcessor.DIR_OPTION)
public final class FilerFloorProcessor extends AbstractProcessor {
    static final String DIR_OPTION = "touchstone.floor.dir";
    private static final List<String> SUFFIXES = List.of("Timestamps", "TimestampValidator");

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Path dir = Path.of(processingEnv.getOptions().get(DIR_OPTION));
        for (TypeElement annotation : annotations) {
            for (Element entity : round.getElementsAnnotatedWith(annotation)) {
                String pkg = ((PackageElement) entity.getEnclosingElement()).getQualifiedName().toString();
                for (String suffix : SUFFIXES) {
                    copy(dir, pkg, entity.getSimpleName() + suffix, entity);
                }
            }
        }
        return true;
    }

    private void copy(Path dir, String pkg, String simpleName, Element entity) {
        try {
            String text = Files.readString(dir.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java"));
            JavaFileObject file = processingEnv.getFiler().createSourceFile(pkg + "." + simpleName, entity);
            try (Writer writer = file.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
