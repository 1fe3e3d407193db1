package io.github.touchstone.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The two floors of the SPEC's "Build cost" for {@link CompileBench}, processors that do none of Touchstone's work
 * and need none of its output: they claim {@code @io.github.touchstone.Timestamped}, so javac calls them in the
 * first round and in every round after it, as it calls Touchstone. What they write is chosen by
 * {@code -Atouchstone.floor.write}:
 * <ul>
 *   <li>{@value #NOTHING}: nothing. What it costs beyond {@code javac} alone is what {@code javac} charges any
 *       processor that runs (the processor path, the processing environment, finding the annotated elements);
 *   <li>{@value #ONE_EMPTY}: for each {@code @Timestamped} entity of the round, one empty public class
 *       {@code <Entity>Timestamps} in the entity's package (the one file Touchstone generates per entity, with
 *       nothing in it), through the {@link javax.annotation.processing.Filer} with the entity as originating
 *       element, as Touchstone does. What it costs beyond the first is what {@code javac} charges for the files
 *       themselves (the Filer, the second round, parsing and entering, writing the classes), whatever they contain.
 * </ul>
 */
@SupportedAnnotationTypes("io.github.touchstone.Timestamped")
@SupportedOptions(EmptyFloorProcessor.WRITE_OPTION)
public final class EmptyFloorProcessor extends AbstractProcessor {
    static final String WRITE_OPTION = "touchstone.floor.write";
    /** Writes nothing. */
    static final String NOTHING = "nothing";
    /** Writes one empty public class {@code <Entity>Timestamps} per entity. */
    static final String ONE_EMPTY = "one-empty";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String write = processingEnv.getOptions().get(WRITE_OPTION);
        if (NOTHING.equals(write)) {
            return true;
        }
        if (!ONE_EMPTY.equals(write)) {
            throw new IllegalArgumentException("-A" + WRITE_OPTION + " must be " + NOTHING + " or " + ONE_EMPTY
                    + ", not " + write);
        }
        for (TypeElement annotation : annotations) {
            for (Element entity : round.getElementsAnnotatedWith(annotation)) {
                writeEmpty(entity);
            }
        }
        return true;
    }

    private void writeEmpty(Element entity) {
        String pkg = processingEnv.getElementUtils().getPackageOf(entity).getQualifiedName().toString();
        String simpleName = entity.getSimpleName() + "Timestamps";
        String text = (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n")
                + "public final class " + simpleName + " {\n}\n";
        try {
            JavaFileObject file = processingEnv.getFiler()
                    .createSourceFile(pkg.isEmpty() ? simpleName : pkg + "." + simpleName, entity);
            try (Writer writer = file.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
