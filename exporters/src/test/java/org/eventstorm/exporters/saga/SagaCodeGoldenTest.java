package org.eventstorm.exporters.saga;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the saga-code export writes for the order saga in Java, TypeScript and Go, compared with golden files: a
 * change to a generator shows here as a diff even where no Go or npm is installed to compile its output. The runtimes
 * are not repeated here; {@link SagaRuntimeTest} checks that they are copied as they are.
 */
class SagaCodeGoldenTest {
    @TempDir
    Path temp;

    @Test
    void theOrderSagasCodeInAllThreeLanguagesIsTheGoldenCode() throws Exception {
        new SagaCodeExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"))), TargetFolder.at(temp));
        Set<String> runtime = new HashSet<>();
        for (SagaCodeGenerator generator : new SagaCodeGenerator[] {new JavaSagaCode(), new TypeScriptSagaCode(), new GoSagaCode()}) {
            generator.projectFiles().keySet().forEach(file -> runtime.add("saga-code/" + generator.language() + "/" + file));
        }
        Golden.assertMatches("saga-code", temp, path -> !runtime.contains(path));
    }
}
