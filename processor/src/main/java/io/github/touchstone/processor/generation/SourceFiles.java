package io.github.touchstone.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Writes generated classes in one place: adds {@code @Generated} (without a date, so builds
 * stay reproducible) where the compilation can see it, and the originating element that
 * incremental builds need.
 */
public final class SourceFiles {

    /** The {@code @Generated} annotation put on generated classes. */
    public static final String GENERATED = "javax.annotation.processing.Generated";

    private final Filer filer;
    private final Elements elements;
    /** Simple names of the types in the packages written to: whether {@code java.lang} has one too. */
    private final Map<String, Boolean> javaLang = new HashMap<>();
    private final AnnotationSpec generated;
    /** Where {@code java.lang} is: asked for directly, a name is not looked for in every module. */
    private final ModuleElement javaBase;

    public SourceFiles(Filer filer, Elements elements, String processorName) {
        this.filer = filer;
        this.elements = elements;
        this.generated = elements.getTypeElement(GENERATED) == null ? null
                : AnnotationSpec.builder(ClassName.bestGuess(GENERATED)).addMember("value", "$S", processorName).build();
        this.javaBase = elements.getModuleElement("java.base"); // null when compiling for Java 8
    }

    /** Whether {@code java.lang} has a type of that simple name; asked once per name. */
    private boolean isJavaLang(String simpleName) {
        return javaLang.computeIfAbsent(simpleName, name -> (javaBase == null
                ? elements.getTypeElement("java.lang." + name)
                : elements.getTypeElement(javaBase, "java.lang." + name)) != null);
    }

    /** The name of a generated class {@code type} in the package {@code packageName} (empty: the unnamed one). */
    public static String qualifiedName(String packageName, TypeSpec type) {
        return packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    }

    /** Writes the generated class of the entity {@code origin}, in its package. */
    public void write(String packageName, TypeSpec type, TypeElement origin) throws IOException {
        // java.lang types are written by simple name, which a type of the package with the same
        // name (a class Override, Math or Long) would hide: such names are always qualified
        String[] hidden = elements.getPackageOf(origin).getEnclosedElements().stream()
                .map(e -> e.getSimpleName().toString())
                .filter(this::isJavaLang)
                .toArray(String[]::new);
        TypeSpec.Builder builder = type.toBuilder().alwaysQualify(hidden);
        if (generated != null) {
            builder.addAnnotation(generated);
        }
        JavaFile file = JavaFile.builder(packageName, builder.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        // printed into memory, then handed to the Filer's writer in one piece: JavaPoet appends
        // token by token, and each append to that writer goes through a character encoder
        StringBuilder text = new StringBuilder(8192);
        file.writeTo(text);
        String wrapped = wrapJavadoc(text);
        JavaFileObject source = filer.createSourceFile(qualifiedName(packageName, type), origin);
        try (Writer writer = source.openWriter()) {
            writer.append(wrapped);
        }
    }

    /** The widest line of generated Javadoc, as Google's and Guava's style has it. */
    static final int WIDTH = 100;

    /**
     * Wraps Javadoc lines wider than {@link #WIDTH} at spaces: JavaPoet wraps code at its
     * {@code $W} points but writes Javadoc as given. A continued block tag ({@code @param},
     * {@code @return}, {@code @throws}) is indented four more spaces.
     */
    static String wrapJavadoc(CharSequence source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        for (String line : source.toString().split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (line.length() <= WIDTH || !trimmed.startsWith("* ")) {
                out.append(line).append('\n');
                continue;
            }
            String prefix = line.substring(0, line.length() - trimmed.length()) + "* ";
            String continuation = trimmed.startsWith("* @") ? prefix + "    " : prefix;
            String rest = trimmed.substring(2);
            String lead = prefix;
            while (lead.length() + rest.length() > WIDTH) {
                int cut = rest.lastIndexOf(' ', WIDTH - lead.length());
                if (cut <= 0) {
                    break; // one word wider than the line: left as it is
                }
                out.append(lead).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
                lead = continuation;
            }
            out.append(lead).append(rest).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
