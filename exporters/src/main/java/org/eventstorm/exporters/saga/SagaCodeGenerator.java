package org.eventstorm.exporters.saga;

import java.util.Map;

/** A saga's code in one language: its files by path, relative to that language's folder of the export. */
public interface SagaCodeGenerator {

    /** The folder and the option of {@code --format saga-code:<language>}: {@code java}, {@code ts}, {@code go}. */
    String language();

    Map<String, String> files(SagaPlan plan);
}
