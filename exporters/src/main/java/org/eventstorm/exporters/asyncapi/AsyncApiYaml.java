package org.eventstorm.exporters.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An AsyncAPI document as YAML, written by Jackson: strings quoted only where YAML needs it, but never a number-like
 * one ({@code "1.0"} stays a string), multi-line descriptions as literal blocks.
 */
final class AsyncApiYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(
            YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).disable(
                    YAMLGenerator.Feature.SPLIT_LINES).enable(
                            YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build());

    private AsyncApiYaml() {
    }

    static String write(Map<String, Object> document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
