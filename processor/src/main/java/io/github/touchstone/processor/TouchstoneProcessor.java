package io.github.touchstone.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.generation.ListenerWriter;
import io.github.touchstone.processor.generation.SourceFiles;
import io.github.touchstone.processor.generation.TimestampsWriter;
import io.github.touchstone.processor.generation.ValidatorWriter;
import io.github.touchstone.processor.model.EntityModel;
import io.github.touchstone.processor.validation.Message;
import io.github.touchstone.processor.validation.EntityReader;
import io.github.touchstone.processor.validation.LocalClasses;
import io.github.touchstone.processor.validation.Reporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
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
 * model, validates it, and writes {@code <Entity>Timestamps} and
 * {@code <Entity>TimestampValidator} from a clean model, and {@code <Entity>TimestampListener}
 * for a JPA entity.
 *
 * <p>Entities whose types are not resolved yet are deferred to the next round. An unexpected
 * exception becomes an error on the entity being processed; the other entities are still
 * generated.
 */
@AutoService(Processor.class)
public final class TouchstoneProcessor extends AbstractProcessor {

    private static final List<String> ANNOTATIONS = List.of(
            "io.github.touchstone.Timestamped",
            "io.github.touchstone.CreatedAt",
            "io.github.touchstone.UpdatedAt",
            "io.github.touchstone.ActivityTimestamp",
            "io.github.touchstone.Duration",
            "io.github.touchstone.Duration.List");

    private final Set<String> done = new HashSet<>();
    private final Set<String> deferred = new HashSet<>();
    private final Set<String> sourceTypes = new HashSet<>();
    private final Set<String> generated = new HashSet<>();
    private Reporter reporter;
    private EntityReader reader;
    private SourceFiles files;
    /** Whether the listener's clock constructor gets {@code @jakarta.inject.Inject}. */
    private boolean injectOnClasspath;
    /** Whether it also gets Spring's {@code @Autowired(required = false)}. */
    private boolean autowiredOnClasspath;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        reader = new EntityReader(environment.getElementUtils(), environment.getTypeUtils(), reporter,
                sourceTypes::contains);
        files = new SourceFiles(environment.getFiler(), environment.getElementUtils(), getClass().getName());
        LocalClasses.install(environment, Set.copyOf(ANNOTATIONS));
        injectOnClasspath = environment.getElementUtils().getTypeElement("jakarta.inject.Inject") != null;
        autowiredOnClasspath = environment.getElementUtils()
                .getTypeElement("org.springframework.beans.factory.annotation.Autowired") != null;
    }

    /**
     * Touchstone's annotations, and {@code @Generated}, which marks the classes it writes: the
     * round that compiles them would otherwise make javac warn, under {@code -Xlint:all},
     * that no processor claimed it, and break {@code -Werror} builds.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new HashSet<>(ANNOTATIONS);
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
            if (!ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
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
            if (reader.hasUnresolvedTypes(entity.getValue())) {
                // Perhaps another processor generates the missing type in this round; if it is
                // still missing when processing is over, javac reports it itself.
                deferred.add(entity.getKey());
                continue;
            }
            done.add(entity.getKey());
            process(entity.getValue());
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

    private void process(TypeElement entity) {
        try {
            Optional<EntityModel> model = reader.read(entity);
            if (model.isEmpty()) {
                return;
            }
            List<TypeSpec> types = new ArrayList<>(List.of(
                    new TimestampsWriter(model.get()).write(), new ValidatorWriter(model.get()).write()));
            if (model.get().persistence() != EntityModel.Persistence.NONE) {
                types.add(new ListenerWriter(model.get(), injectOnClasspath, autowiredOnClasspath).write());
            }
            write(entity, model.get(), types);
        } catch (RuntimeException | java.io.IOException | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            reporter.report(entity, Message.INTERNAL_ERROR, entity.getQualifiedName(), e, trace);
            reporter.clearErrors();
        }
    }

    private void write(TypeElement entity, EntityModel model, List<TypeSpec> types) throws java.io.IOException {
        List<String> names = types.stream().map(type -> SourceFiles.qualifiedName(model.packageName(), type)).toList();
        for (String name : names) {
            if (sourceTypes.contains(name) || generated.contains(name)) {
                reporter.report(entity, Message.NAME_TAKEN, name);
                reporter.clearErrors();
                return;
            }
        }
        generated.addAll(names);
        files.write(model.packageName(), types, entity);
    }
}
