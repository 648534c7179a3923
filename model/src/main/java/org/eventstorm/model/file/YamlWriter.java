package org.eventstorm.model.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes YAML entries in the one canonical style board files use: block style, arrays indented under their
 * key, quotes only where YAML needs them, numbers-looking strings quoted, no line folding.
 */
final class YamlWriter {
    private static final YAMLMapper MAPPER = new YAMLMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(
                    YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).disable(YAMLGenerator.Feature.SPLIT_LINES).enable(
                            YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build());
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]*");

    private YamlWriter() {
    }

    /** {@code key: value} and a line end; nested values on the lines below. */
    static String entry(String key, Object value) {
        Map<String, Object> single = new LinkedHashMap<>();
        single.put(key, value);
        try {
            return MAPPER.writeValueAsString(single);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key as YAML needs it written: plain when safe, else double-quoted. */
    static String key(String key) {
        if (PLAIN_KEY.matcher(key).matches() && !key.matches("\\d.*|true|false|yes|no|on|off|null|y|n")) {
            return key;
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(key)) + "\"";
    }
}
