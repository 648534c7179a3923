package org.eventstorm.exporters.saga;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A language's saga runtime: the hand-written source files under {@code src/main/saga-runtime/<language>} that every
 * saga-code export in that language carries as they are, so that the generated project is self-contained. The jar holds
 * them as resources; {@code SagaRuntimeTest} checks that {@code files} lists exactly what the folder holds.
 *
 * @param files the paths, relative to the language's folder of the export
 */
record SagaRuntime(String language, List<String> files) {
    private static final String RESOURCES = "/org/eventstorm/exporters/saga/runtime/";

    /** Each file's text, by its path. */
    Map<String, String> contents() {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String file : files) {
            try (InputStream in = SagaRuntime.class.getResourceAsStream(RESOURCES + language + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the " + language + " saga runtime has no " + file + "; the build did not package it");
                }
                contents.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contents;
    }
}
