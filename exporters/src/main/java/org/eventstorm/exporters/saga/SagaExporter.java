package org.eventstorm.exporters.saga;

import java.io.IOException;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.DefinitionText;
import org.eventstorm.model.file.SagaSchema;

/**
 * {@code sagas/*.yml} in the feature spec's DSL (the board's saga files as written, or the sagas its policy chains
 * give when it has none) and {@code sagas/saga.schema.json}, the JSON Schema of the DSL for editors and CI.
 */
public final class SagaExporter implements Exporter {
    @Override
    public String id() {
        return "saga";
    }

    @Override
    public String title() {
        return "Saga definitions (DSL, JSON Schema)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        for (SagaSource.Entry entry : SagaSource.of(input, target)) {
            String text = entry.derived() ? null : input.boardFiles().get(entry.id().path());
            if (text == null) {
                text = DefinitionText.of(entry.id(), entry.saga(), input.board().settings().feature());
            }
            target.write("sagas/" + entry.id().fileName(), text);
        }
        target.write("sagas/saga.schema.json", SagaSchema.text());
    }
}
