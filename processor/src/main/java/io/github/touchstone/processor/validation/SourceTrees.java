package io.github.touchstone.processor.validation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.VariableElement;

/**
 * What only the source shows: a field's initializer. It reads javac's trees; under another
 * compiler (ECJ) or a wrapped processing environment there are none, and it finds nothing.
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

    /** Whether the expression is the literal {@code null}. */
    static boolean isNull(ExpressionTree expression) {
        return expression.getKind() == Tree.Kind.NULL_LITERAL;
    }
}
