package io.github.touchstone.processor;

import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.validation.EntityReader;
import io.github.touchstone.processor.validation.ValidationReport;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A processor that reads every top-level class of the first round through Touchstone's
 * {@link EntityReader}, as the real processor does, and keeps the models and reports, so a test
 * can see what the generators would be given. It generates nothing and claims nothing.
 */
final class ModelCapture extends AbstractProcessor {

    private final Map<String, EntityModel> models = new TreeMap<>();
    private final Map<String, ValidationReport> reports = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!models.isEmpty() || round.processingOver()) {
            return false;
        }
        EntityReader reader = new EntityReader(processingEnv, name -> true, name -> false);
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                ValidationReport report = new ValidationReport(type);
                String name = type.getQualifiedName().toString();
                reader.read(type, report).ifPresent(model -> models.put(name, model));
                reports.put(name, report);
            }
        }
        return false;
    }

    /** The model of an entity, failing where it has none or its report is not clean. */
    EntityModel model(String qualifiedName) {
        ValidationReport report = reports.get(qualifiedName);
        if (report == null || !report.isClean() || !models.containsKey(qualifiedName)) {
            throw new AssertionError("no clean model of " + qualifiedName + ": "
                    + (report == null ? "not read" : report.items()));
        }
        return models.get(qualifiedName);
    }

    /** The report of a class read. */
    ValidationReport report(String qualifiedName) {
        return reports.get(qualifiedName);
    }
}
