package io.github.touchstone.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.touchstone.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gradle's incremental processing: an isolating processor, one originating element per file. */
class IncrementalBuildTest {

    @Test
    void registeredWithGradleAsIsolating() throws IOException {
        try (InputStream in = TouchstoneProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            assertEquals("io.github.touchstone.processor.TouchstoneProcessor,isolating",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void everyGeneratedFileNamesItsEntityAsItsOnlyOrigin() {
        RecordingProcessor processor = RecordingProcessor.recording();
        Compilation compilation = processor.compile(
                source("com.acme.BaseEntity", """
                        package com.acme;

                        import io.github.touchstone.Timestamped;
                        import java.time.Instant;

                        @Timestamped
                        public abstract class BaseEntity {
                            Instant createdAt;
                            Instant updatedAt;
                        }
                        """),
                source("com.acme.Task", """
                        package com.acme;

                        import io.github.touchstone.ActivityTimestamp;
                        import java.time.Instant;

                        public class Task extends BaseEntity {
                            @ActivityTimestamp
                            Instant doneAt;
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(Map.of(
                "com.acme.BaseEntityTimestamps", List.of("com.acme.BaseEntity"),
                "com.acme.TaskTimestamps", List.of("com.acme.Task")), processor.originatingElements());
    }
}
