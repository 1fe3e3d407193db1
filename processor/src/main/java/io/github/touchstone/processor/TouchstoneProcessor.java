package io.github.touchstone.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.generation.SourceFiles;
import io.github.touchstone.processor.generation.TimestampsWriter;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.validation.EntityReader;
import io.github.touchstone.processor.validation.LocalClasses;
import io.github.touchstone.processor.validation.Lombok;
import io.github.touchstone.processor.validation.Message;
import io.github.touchstone.processor.validation.Reporter;
import io.github.touchstone.processor.validation.TouchstoneAnnotations;
import io.github.touchstone.processor.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Touchstone's annotation processor: for every entity it reads the annotated class into a
 * model and a validation report, prints the report, and from a clean one writes one class,
 * {@code <Entity>Timestamps}: the entity's helper, its validator and, for a JPA entity, its
 * entity listener.
 *
 * <p>Entities whose types are not resolved yet are deferred to the next round, and so are
 * classes Lombok has still to complete. Anything thrown while processing one entity becomes an
 * error on that entity; the other entities are still generated.
 */
@AutoService(Processor.class)
public final class TouchstoneProcessor extends AbstractProcessor {

    private final Set<String> done = new HashSet<>();
    private final Set<String> deferred = new HashSet<>();
    /** Entities already deferred once for Lombok to finish with them. */
    private final Set<String> awaitedLombok = new HashSet<>();
    private final Set<String> sourceTypes = new HashSet<>();
    private final Set<String> generated = new HashSet<>();
    private Reporter reporter;
    private EntityReader reader;
    private SourceFiles files;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        reader = new EntityReader(environment, sourceTypes::contains,
                name -> sourceTypes.contains(name) || generated.contains(name));
        files = new SourceFiles(environment.getFiler(), environment.getElementUtils(), getClass().getName());
        LocalClasses.install(environment, Set.copyOf(TouchstoneAnnotations.ENTITY_MARKS));
    }

    /**
     * Touchstone's annotations, and {@code @Generated}, which marks the classes it writes: the
     * round that compiles them would otherwise make javac warn, under {@code -Xlint:all},
     * that no processor claimed it, and break {@code -Werror} builds.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new HashSet<>(TouchstoneAnnotations.ALL);
        supported.add(SourceFiles.GENERATED);
        return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type && !generated.contains(type.getQualifiedName().toString())) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
        Map<String, TypeElement> entities = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                entities.put(name, type);
            }
        }
        deferred.clear();
        // only the annotations present in this round: each is a scan of every root element
        for (TypeElement annotation : annotations) {
            if (!TouchstoneAnnotations.ENTITY_MARKS.contains(annotation.getQualifiedName().toString())) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                entityOf(element).ifPresent(type -> entities.putIfAbsent(type.getQualifiedName().toString(), type));
            }
        }
        for (Map.Entry<String, TypeElement> entity : entities.entrySet()) {
            if (done.contains(entity.getKey())) {
                continue;
            }
            if (!round.processingOver() && Lombok.isAnnotated(entity.getValue())
                    && awaitedLombok.add(entity.getKey())) {
                // Lombok may not have written its accessors yet: it forces the next round
                deferred.add(entity.getKey());
                continue;
            }
            if (reader.hasUnresolvedTypes(entity.getValue())) {
                // Perhaps another processor generates the missing type in this round; if it is
                // still missing when processing is over, javac reports it itself.
                deferred.add(entity.getKey());
                continue;
            }
            done.add(entity.getKey());
            process(entity.getValue());
        }
        if (round.processingOver()) {
            // what is still deferred will never resolve: said, not dropped silently
            for (String name : deferred) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                reporter.print(ValidationReport.of(type, Message.UNRESOLVED_AT_LAST_ROUND, name));
            }
            deferred.clear();
        }
        // Touchstone's annotations are its own: claiming them keeps -Xlint:all -Werror builds
        // free of javac's "no processor claimed" warning.
        return true;
    }

    /** The class an annotated element belongs to: itself, or the class declaring the field. */
    private static Optional<TypeElement> entityOf(Element element) {
        if (element instanceof TypeElement type) {
            return Optional.of(type);
        }
        if (element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.RECORD_COMPONENT) {
            return Optional.of((TypeElement) element.getEnclosingElement());
        }
        return Optional.empty();
    }

    /** Reads, reports and generates one entity; whatever it throws is an error on the entity. */
    private void process(TypeElement entity) {
        try {
            ValidationReport report = new ValidationReport(entity);
            Optional<EntityModel> model = reader.read(entity, report);
            reporter.print(report);
            if (report.isClean() && model.isPresent()) {
                write(entity, model.get());
            }
        } catch (IOException e) {
            reporter.print(ValidationReport.of(entity, Message.WRITE_FAILED, entity.getQualifiedName(), e));
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            reporter.print(ValidationReport.of(entity, Message.INTERNAL_ERROR, entity.getQualifiedName(), e, trace));
        }
    }

    private void write(TypeElement entity, EntityModel model) throws IOException {
        TypeSpec type = new TimestampsWriter(model).typeSpec();
        generated.add(SourceFiles.qualifiedName(model.packageName(), type));
        files.write(model.packageName(), type, entity);
    }
}
