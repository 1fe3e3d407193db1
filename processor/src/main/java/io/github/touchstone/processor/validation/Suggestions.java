package io.github.touchstone.processor.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/** "Did you mean" suggestions: the closest names by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * A message suffix naming up to three candidates closest to {@code wanted}, or {@code ""}
     * when there is none.
     */
    static String didYouMean(String wanted, Collection<String> candidates, String hint) {
        List<String> closest = candidates.stream()
                .filter(c -> !c.equals(wanted))
                .sorted(Comparator.comparingInt((String c) -> distance(wanted.toLowerCase(), c.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        if (closest.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", closest) + "?" + hint;
    }

    /**
     * The fields worth suggesting for a timestamp: instance fields of a supported timestamp type,
     * never a static field ({@code serialVersionUID}), a JPA {@code @Id} or {@code @Version}.
     */
    static Stream<VariableElement> timestampCandidates(EntityDeclaration entity) {
        return entity.fields().values().stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
                .filter(f -> FieldTypes.timeType(f.asType()).isPresent())
                .filter(f -> !Mirrors.has(f, JpaAnnotations.ID) && !Mirrors.has(f, JpaAnnotations.VERSION));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
