package io.github.touchstone.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns JMH result files ({@code -rf json -rff FILE}, run with {@code -prof gc}) into the Markdown tables of
 * BENCHMARKS.md.
 *
 * <p>On a busy machine a few iterations land on a burst of other work and drag the mean up, so each figure is
 * the <em>median</em> of all measured iterations (every fork, every file given), shown with JMH's own mean ± error
 * (99.9% confidence half-width) beside it. Ratios are ratios of those medians; as the variants of one operation
 * run one after the other, a burst tends to hit only one of them, and the median is what stays comparable; the
 * ratio of the best (fastest) iterations is shown too, as interference only ever adds time.
 * Allocation is JMH's {@code gc.alloc.rate.norm} in bytes per operation (it does not depend on timing).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.touchstone.benchmarks.Report result.json [more.json ...]}
 */
public final class Report {
    private static final List<String> COLUMNS = List.of("generated", "handWritten", "auditingHandler");

    private Report() {
    }

    /** Everything measured for one benchmark, pooled over the files given. */
    private static final class Measured {
        final List<Double> iterations = new ArrayList<>();
        final List<String> meanAndError = new ArrayList<>();
        final List<Double> bytesPerOp = new ArrayList<>();

        double best() {
            return iterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double median() {
            double[] v = iterations.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int m = v.length / 2;
            return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
        }
    }

    /**
     * Prints the tables for the given result files.
     *
     * @param args JMH JSON result files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Report result.json [more-results.json ...]");
            System.exit(2);
        }
        Map<String, Measured> results = new LinkedHashMap<>();
        for (String file : args) {
            for (Object run : (List<?>) new Json(Files.readString(Path.of(file))).value()) {
                Map<?, ?> benchmark = (Map<?, ?>) run;
                String name = (String) benchmark.get("benchmark");
                Measured m = results.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new Measured());
                Map<?, ?> primary = (Map<?, ?>) benchmark.get("primaryMetric");
                for (Object fork : (List<?>) primary.get("rawData")) {
                    for (Object value : (List<?>) fork) {
                        m.iterations.add(((Number) value).doubleValue());
                    }
                }
                m.meanAndError.add(format(number(primary.get("score"))) + " ± " + format(number(primary.get("scoreError"))));
                Map<?, ?> alloc = (Map<?, ?>) ((Map<?, ?>) benchmark.get("secondaryMetrics")).get("gc.alloc.rate.norm");
                if (alloc != null) {
                    m.bytesPerOp.add(number(alloc.get("score")));
                }
            }
        }
        TreeSet<String> operations = new TreeSet<>();
        TreeSet<String> extras = new TreeSet<>();
        for (String name : results.keySet()) {
            operations.add(name.substring(0, name.indexOf('_')));
            if (!COLUMNS.contains(name.substring(name.indexOf('_') + 1))) {
                extras.add(name);
            }
        }
        System.out.println("Median ns/op of all measured iterations (JMH mean ± 99.9% error in parentheses); ratios of"
                + " the medians (and of the best iterations).");
        System.out.println();
        System.out.println("| operation | generated | hand-written | AuditingHandler | generated / hand-written"
                + " | AuditingHandler / generated |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String op : operations) {
            Measured g = results.get(op + "_generated");
            Measured h = results.get(op + "_handWritten");
            Measured a = results.get(op + "_auditingHandler");
            System.out.println("| " + op + " | " + time(g) + " | " + time(h) + " | " + time(a)
                    + " | " + ratio(g, h) + " | " + ratio(a, g) + " |");
        }
        for (String extra : extras) {
            Measured g = results.get(extra.substring(0, extra.indexOf('_')) + "_generated");
            System.out.println("| " + extra + " | | " + time(results.get(extra)) + " | | generated / this: "
                    + ratio(g, results.get(extra)) + " | |");
        }
        System.out.println();
        System.out.println("| operation | generated B/op | hand-written B/op | AuditingHandler B/op |");
        System.out.println("|---|---:|---:|---:|");
        for (String op : operations) {
            System.out.println("| " + op + " | " + bytes(results.get(op + "_generated"))
                    + " | " + bytes(results.get(op + "_handWritten"))
                    + " | " + bytes(results.get(op + "_auditingHandler")) + " |");
        }
        for (String extra : extras) {
            System.out.println("| " + extra + " | | " + bytes(results.get(extra)) + " | |");
        }
    }

    private static String time(Measured m) {
        return m == null ? "–" : format(m.median()) + " (" + String.join("; ", m.meanAndError) + ")";
    }

    private static String ratio(Measured numerator, Measured denominator) {
        return numerator == null || denominator == null ? "–"
                : String.format(Locale.ROOT, "**%.2f** (best %.2f)", numerator.median() / denominator.median(),
                        numerator.best() / denominator.best());
    }

    private static String bytes(Measured m) {
        if (m == null || m.bytesPerOp.isEmpty()) {
            return "–";
        }
        return String.join("; ", m.bytesPerOp.stream().map(b -> String.format(Locale.ROOT, "%.0f", b)).toList());
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN; // JMH writes "NaN" as a string
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Just enough JSON for JMH's result files: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    at++;
                    while (next() != '}') {
                        String key = (String) value();
                        expect(':');
                        object.put(key, value());
                        if (next() == ',') {
                            at++;
                        }
                    }
                    at++;
                    return object;
                }
                case '[' -> {
                    List<Object> array = new ArrayList<>();
                    at++;
                    while (next() != ']') {
                        array.add(value());
                        if (next() == ',') {
                            at++;
                        }
                    }
                    at++;
                    return array;
                }
                case '"' -> {
                    StringBuilder s = new StringBuilder();
                    for (at++; text.charAt(at) != '"'; at++) {
                        if (text.charAt(at) == '\\') {
                            at++;
                            char e = text.charAt(at);
                            if (e == 'u') {
                                s.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                                at += 4;
                            } else {
                                s.append(switch (e) {
                                    case 'n' -> '\n';
                                    case 't' -> '\t';
                                    case 'r' -> '\r';
                                    case 'b' -> '\b';
                                    case 'f' -> '\f';
                                    default -> e;
                                });
                            }
                        } else {
                            s.append(text.charAt(at));
                        }
                    }
                    at++;
                    return s.toString();
                }
                default -> {
                    int start = at;
                    while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String word = text.substring(start, at);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.parseDouble(word);
                    };
                }
            }
        }

        private char next() {
            skipSpace();
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + Arrays.toString(
                        new String[] {text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20))}));
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
