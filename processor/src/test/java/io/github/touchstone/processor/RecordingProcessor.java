package io.github.touchstone.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Runs the Touchstone processor through a Filer that records every source file it creates,
 * which a test can read even when the compilation fails (compile-testing shows generated
 * files only after a success). It can also make the Filer fail for one type, as a full disk
 * would.
 */
final class RecordingProcessor implements Processor {

    private final Processor processor = new TouchstoneProcessor();
    private final Set<String> created = new TreeSet<>();
    private final Map<String, List<String>> origins = new TreeMap<>();
    private final String failFor;
    private final Throwable failure;

    private RecordingProcessor(String failFor, Throwable failure) {
        this.failFor = failFor;
        this.failure = failure;
    }

    /** Records, and fails for nothing. */
    static RecordingProcessor recording() {
        return new RecordingProcessor(null, null);
    }

    /**
     * Records, and throws {@code failure} (an {@code IOException}, or an unchecked throwable)
     * when asked to create the source of {@code qualifiedName}.
     */
    static RecordingProcessor failingToCreate(String qualifiedName, Throwable failure) {
        return new RecordingProcessor(qualifiedName, failure);
    }

    /** Compiles like {@link Compilations#compile}, through this processor. */
    Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(this).withOptions("-Xlint:all").compile(sources);
    }

    /** The qualified names of the source files the processor created, in order of name. */
    Set<String> createdSources() {
        return created;
    }

    /** The originating elements of each created source file, by its qualified name. */
    Map<String, List<String>> originatingElements() {
        return origins;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
        Filer filer = environment.getFiler();
        Filer recordingFiler = proxy(Filer.class, (proxy, method, args) -> {
            if (method.getName().equals("createSourceFile")) {
                String name = args[0].toString();
                if (name.equals(failFor)) {
                    throw failure;
                }
                created.add(name);
                origins.put(name, Arrays.stream((Element[]) args[1])
                        .map(e -> ((TypeElement) e).getQualifiedName().toString()).toList());
            }
            return forward(method, filer, args);
        });
        processor.init(proxy(ProcessingEnvironment.class, (proxy, method, args) ->
                method.getName().equals("getFiler") ? recordingFiler : forward(method, environment, args)));
    }

    @Override
    public Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return processor.getCompletions(element, annotation, member, userText);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(RecordingProcessor.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object forward(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
