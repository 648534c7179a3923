package org.eventstorm.exporters.saga;

import java.util.Map;
import org.eventstorm.model.saga.SagaPlan;

/**
 * A saga's code in one language: the language's runtime, copied once per export, and for each saga the few files that
 * say what varies (its definition, its service interfaces, their wiring and its test scenarios). Paths are relative to
 * that language's folder of the export.
 */
public interface SagaCodeGenerator {

    /** The folder and the option of {@code --format saga-code:<language>}: {@code java}, {@code ts}, {@code go}. */
    String language();

    /** The files every export in this language carries once, whatever its sagas: the runtime and the project files. */
    Map<String, String> projectFiles();

    Map<String, String> files(SagaPlan plan);

    /** The folder, in this language's project, that holds the DDL of the tables the sagas' SQL state stores use. */
    String sqlFolder();
}
