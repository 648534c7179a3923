package org.eventstorm.exporters.eventcatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Map;

/** EventCatalog front matter, written by Jackson YAML with every string quoted (an unquoted {@code 1.0} would be a number). */
final class FrontMatter {
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(
                    YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build());

    private FrontMatter() {
    }

    /** A page: the front matter between {@code ---} lines, then the body. */
    static String page(Map<String, Object> frontMatter, String body) {
        try {
            return "---\n" + YAML.writeValueAsString(frontMatter) + "---\n\n" + body;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
