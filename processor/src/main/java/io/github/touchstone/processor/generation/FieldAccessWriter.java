package io.github.touchstone.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.touchstone.processor.model.Access;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code get} and {@code set}, the two methods through which the runtime base reaches the
 * entity's fields by number: a {@code switch} over the entity's {@link EntityCode#slots()}, each
 * case the field's getter or setter, its record component, its wither or the field itself.
 */
final class FieldAccessWriter {

    private static final AnnotationSpec RAW = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S}", "rawtypes", "unchecked").build();

    private final EntityCode code;

    FieldAccessWriter(EntityCode code) {
        this.code = code;
    }

    void addTo(TypeSpec.Builder type) {
        String e = code.parameter();
        String field = code.free("field");
        String value = code.free("value");
        TypeName entity = code.anyEntityType();
        Map<Integer, CodeBlock> reads = new LinkedHashMap<>();
        code.slots().forEach(slot -> reads.put(code.number(slot.name()), code.read(slot.name(), slot.access())));
        type.addMethod(MethodSpec.methodBuilder("get")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(entity, e)
                .addParameter(int.class, field)
                .addCode(returnSwitch(field, reads))
                .build());
        MethodSpec.Builder set = MethodSpec.methodBuilder("set")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(entity)
                .addParameter(entity, e)
                .addParameter(int.class, field)
                .addParameter(Object.class, value);
        List<EntityCode.Slot> written = code.slots().stream().filter(code::isWritten).toList();
        if (written.isEmpty()) {
            // durations of an entity without @Timestamped that stores none: nothing is written
            set.addStatement("throw new $T()", IndexOutOfBoundsException.class);
        } else if (code.changesCopies()) {
            Map<Integer, CodeBlock> copies = new LinkedHashMap<>();
            for (EntityCode.Slot slot : written) {
                CodeBlock cast = CodeBlock.of("($T) $N", slot.type(), value);
                copies.put(code.number(slot.name()), code.model().isRecord() ? code.newRecord(Map.of(slot.name(), cast))
                        : slot.access().style() == Access.Style.WITHER ? code.wither(slot.access(), cast)
                        : CodeBlock.builder().add("{\n$>").add(code.store(slot.name(), slot.access(), cast))
                                .addStatement("yield $N", e).add("$<}").build());
            }
            set.addCode(returnSwitch(field, copies));
            if (code.model().isRecord()) {
                type.addMethod(setAll(entity, written));
            }
        } else {
            set.beginControlFlow("switch ($N)", field);
            for (EntityCode.Slot slot : written) {
                CodeBlock store = code.store(slot.name(), slot.access(), CodeBlock.of("($T) $N", slot.type(), value));
                set.addCode("case $L -> ", code.number(slot.name()));
                // a field of an embedded value first creates the value: a block
                set.addCode(slot.access().embedding() == null ? store
                        : CodeBlock.builder().add("{\n$>").add(store).add("$<}\n").build());
            }
            set.addStatement("default -> throw new $T()", IndexOutOfBoundsException.class)
                    .endControlFlow()
                    .addStatement("return $N", e);
        }
        if (code.model().isRecord() && !code.model().typeVariables().isEmpty()) {
            // a Pair<?> is rebuilt as a raw Pair: its components' types are the argument's own
            set.addAnnotation(RAW);
        }
        type.addMethod(set.build());
    }

    /** {@code return switch (field) { case 0 -> ...; default -> throw new IndexOutOfBoundsException(); };} */
    private static CodeBlock returnSwitch(String field, Map<Integer, CodeBlock> cases) {
        CodeBlock.Builder body = CodeBlock.builder().add("return switch ($N) {\n$>", field);
        cases.forEach((number, expression) -> body.add("case $L -> $L;\n", number, expression));
        return body.add("default -> throw new $T();\n$<};\n", IndexOutOfBoundsException.class).build();
    }

    /** A record's {@code setAll}: one new record with every value given, the argument's other components. */
    private MethodSpec setAll(TypeName entity, List<EntityCode.Slot> written) {
        String values = code.free("values");
        Map<String, CodeBlock> components = new LinkedHashMap<>();
        for (EntityCode.Slot slot : written) {
            int number = code.number(slot.name());
            components.put(slot.name(), CodeBlock.of("$N[$L] == null ? $N.$N() : ($T) $N[$L]", values, number,
                    code.parameter(), slot.name(), slot.type(), values, number));
        }
        MethodSpec.Builder setAll = MethodSpec.methodBuilder("setAll")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(entity)
                .addParameter(entity, code.parameter())
                .addParameter(Object[].class, values)
                .addStatement("return $L", code.newRecord(components));
        if (!code.model().typeVariables().isEmpty()) {
            setAll.addAnnotation(RAW);
        }
        return setAll.build();
    }
}
