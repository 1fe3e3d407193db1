package io.github.touchstone.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.model.Names;
import java.time.Clock;
import javax.lang.model.element.Modifier;

/**
 * The members every generated class declares: a shared instance on the system UTC clock and
 * {@code withClock(Clock)}; its runtime superclass has {@code clock()} and refuses a
 * {@code null} clock.
 */
final class ClockMembers {

    private ClockMembers() {
    }

    /**
     * Adds the clock members to a generated class; {@code superArguments} follow the clock in the
     * superclass constructor call, and {@code noun} names the class in Javadoc.
     */
    static void add(TypeSpec.Builder type, ClassName name, CodeBlock superArguments, String noun) {
        type.addField(FieldSpec.builder(name, "SYSTEM_UTC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($Z$T.systemUTC())", name, Clock.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(Clock.class, "clock")
                        .addStatement("super(clock, $L)", superArguments)
                        .build())
                .addMethod(MethodSpec.methodBuilder(Names.SYSTEM_UTC)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addJavadoc("Returns the shared $L on {@link $T#systemUTC()}.\n\n", noun, Clock.class)
                        .addJavadoc("@return the shared instance\n")
                        .addStatement("return SYSTEM_UTC")
                        .build())
                .addMethod(MethodSpec.methodBuilder(Names.WITH_CLOCK)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(Clock.class, "clock")
                        .addJavadoc("Returns a $L that reads now from {@code clock}, such as a fixed clock in tests.\n\n", noun)
                        .addJavadoc("@param clock the clock, not {@code null}\n")
                        .addJavadoc("@return a new $L\n", noun)
                        .addJavadoc("@throws NullPointerException if {@code clock} is {@code null}\n")
                        .addStatement("return new $T(clock)", name)
                        .build());
    }
}
