package io.github.touchstone.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * What only the source shows: a field's initializer, and class literals in an annotation as
 * written (javac hands a processor {@code "<error>"} for a class it cannot resolve yet, such as a
 * listener generated in the same round). It reads javac's trees; under another compiler (ECJ) or
 * a wrapped processing environment there are none, and it finds nothing.
 */
final class SourceTrees {

    /** javac's trees, or {@code null} under another compiler. */
    private final Trees trees;

    private SourceTrees(Trees trees) {
        this.trees = trees;
    }

    static SourceTrees of(ProcessingEnvironment environment) {
        try {
            return new SourceTrees(Trees.instance(environment));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return new SourceTrees(null);
        }
    }

    /** The initializer of a field declared in a source file of this compilation. */
    Optional<ExpressionTree> initializer(VariableElement field) {
        return trees != null && trees.getTree(field) instanceof VariableTree variable
                ? Optional.ofNullable(variable.getInitializer())
                : Optional.empty();
    }

    /**
     * The classes of the class literals among the annotation's values, as written in the source:
     * {@code Foo} or {@code com.acme.Foo}; empty where there is no source.
     */
    List<String> classLiterals(Element annotated, AnnotationMirror annotation) {
        if (trees == null || !(trees.getTree(annotated, annotation) instanceof AnnotationTree tree)) {
            return List.of();
        }
        return tree.getArguments().stream()
                .map(argument -> argument instanceof AssignmentTree assignment ? assignment.getExpression() : argument)
                .flatMap(value -> value instanceof NewArrayTree array
                        ? array.getInitializers().stream() : Stream.of(value))
                .filter(value -> value instanceof MemberSelectTree select
                        && select.getIdentifier().contentEquals("class"))
                .map(value -> ((MemberSelectTree) value).getExpression().toString())
                .toList();
    }

    /** Whether the expression is the literal {@code null}. */
    static boolean isNull(ExpressionTree expression) {
        return expression.getKind() == Tree.Kind.NULL_LITERAL;
    }
}
