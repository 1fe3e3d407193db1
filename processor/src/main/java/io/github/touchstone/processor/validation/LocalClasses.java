package io.github.touchstone.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * TS102. javac never shows local and anonymous classes to processors (they live inside method
 * bodies), so a Touchstone annotation on one would be silently ignored. This listener looks for
 * them in each class's attributed tree once javac has analysed it, and reports the annotation.
 *
 * <p>It needs javac's tree API; under another compiler (ECJ) or a wrapped processing
 * environment it is not installed, and such annotations go unreported there.
 */
public final class LocalClasses implements TaskListener {

    private final Trees trees;
    private final Set<String> annotations;

    private LocalClasses(Trees trees, Set<String> annotations) {
        this.trees = trees;
        this.annotations = annotations;
    }

    /** Installs the check on javac's task, where the environment is javac's own. */
    public static void install(ProcessingEnvironment environment, Set<String> annotations) {
        try {
            JavacTask.instance(environment).addTaskListener(new LocalClasses(Trees.instance(environment), annotations));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            // not javac (or not its environment): nothing to install
        }
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TreePath top = trees.getPath(event.getTypeElement());
        if (top == null) {
            return;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                Element element = trees.getElement(getCurrentPath());
                if (element instanceof TypeElement type && (type.getNestingKind() == NestingKind.LOCAL
                        || type.getNestingKind() == NestingKind.ANONYMOUS)) {
                    firstAnnotation(getCurrentPath(), tree).ifPresent(annotation -> trees.printMessage(
                            Message.LOCAL_CLASS.kind(),
                            Message.LOCAL_CLASS.format(type.getSimpleName().length() == 0
                                    ? "an anonymous class" : type.getSimpleName()),
                            annotation, getCurrentPath().getCompilationUnit()));
                }
                return super.visitClass(tree, unused);
            }
        }.scan(top, null);
    }

    /** The first Touchstone annotation on the class or on one of its fields. */
    private Optional<AnnotationTree> firstAnnotation(TreePath classPath, ClassTree tree) {
        Stream<AnnotationTree> onClass = tree.getModifiers().getAnnotations().stream().map(a -> a);
        Stream<AnnotationTree> onFields = tree.getMembers().stream()
                .filter(member -> member.getKind() == Tree.Kind.VARIABLE)
                .flatMap(member -> ((VariableTree) member).getModifiers().getAnnotations().stream());
        return Stream.concat(onClass, onFields).filter(a -> isTouchstone(classPath, a)).findFirst();
    }

    private boolean isTouchstone(TreePath classPath, AnnotationTree annotation) {
        TypeMirror type = trees.getTypeMirror(new TreePath(classPath, annotation.getAnnotationType()));
        return type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && annotations.contains(element.getQualifiedName().toString());
    }
}
