package io.github.touchstone.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TS110, under javac and ECJ: a JPA {@code @Embeddable} has no lifecycle of its own, so
 * {@code @Timestamped} belongs on the entity that holds it (the marks in it are fine, see
 * {@link EmbeddedTest}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Compiler.class)
class EmbeddableDiagnosticsTest {

    @Parameter
    Compiler compiler;

    @Test
    void ts110TimestampedOnAnEmbeddable() {
        TestSource audit = TestSource.of("com.acme.Audit", """
                package com.acme;

                import io.github.touchstone.Timestamped;
                import jakarta.persistence.Embeddable;
                import java.time.Instant;

                @Embeddable
                @Timestamped
                public class Audit {
                    Instant createdAt;
                    Instant updatedAt;
                }
                """);
        Diagnostics diagnostics = compiler.compile(audit);

        diagnostics.assertFailed();
        assertEquals(List.of("[TS110] @Timestamped on @Embeddable Audit: an embeddable has no lifecycle of its own, so"
                + " nothing would create or touch it"), diagnostics.errors());
        diagnostics.assertError("[TS110] @Timestamped on @Embeddable Audit", audit.annotation("@Timestamped"));
        compiler.assertJpaCompilesClean(audit.with(
                "import io.github.touchstone.Timestamped;\n", "import io.github.touchstone.CreatedAt;\n"
                        + "import io.github.touchstone.UpdatedAt;\n",
                "@Timestamped\n", "",
                "Instant createdAt;", "@CreatedAt Instant createdAt;",
                "Instant updatedAt;", "@UpdatedAt Instant updatedAt;"));
    }
}
