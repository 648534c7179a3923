package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each language's runtime, as the exporter copies it, is exactly the folder of hand-written sources under
 * {@code src/main/saga-runtime}: no file forgotten in the list, none stale in the jar.
 */
class SagaRuntimeTest {
    private static final Path SOURCES = Path.of("src/main/saga-runtime");

    @Test
    void everyLanguageCopiesItsWholeRuntimeFolderAsItIs() throws Exception {
        for (SagaRuntime runtime : List.of(JavaSagaCode.RUNTIME, TypeScriptSagaCode.RUNTIME, GoSagaCode.RUNTIME)) {
            Path folder = SOURCES.resolve(runtime.language());
            Map<String, String> expected = new TreeMap<>();
            try (var walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    expected.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
            assertEquals(expected, new TreeMap<>(runtime.contents()), runtime.language() + ": the runtime the export copies");
        }
    }
}
