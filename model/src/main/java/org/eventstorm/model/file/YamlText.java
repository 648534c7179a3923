package org.eventstorm.model.file;

import java.util.List;
import java.util.Map;

/** Builds a YAML file line by line in the hand-written style of the feature spec: two spaces per level. */
final class YamlText {
    private final StringBuilder out = new StringBuilder();

    YamlText line(int level, String text) {
        out.append("  ".repeat(level)).append(text).append('\n');
        return this;
    }

    YamlText blank() {
        out.append('\n');
        return this;
    }

    YamlText comment(String text) {
        for (String line : text.split("\n", -1)) {
            out.append("# ").append(line.strip()).append('\n');
        }
        return this;
    }

    /** {@code key: value}; nothing for an empty value. */
    YamlText entry(int level, String key, String value) {
        if (value != null && !value.isEmpty()) {
            line(level, key + ": " + YamlScalars.block(value));
        }
        return this;
    }

    /** {@code key: value  # a | b}: the choices beside the one made, as the feature spec writes them. */
    YamlText entryWithHint(int level, String key, String value, String hint) {
        if (value != null && !value.isEmpty()) {
            line(level, key + ": " + YamlScalars.block(value) + "  # " + hint);
        }
        return this;
    }

    /** {@code key: n}; nothing for zero. */
    YamlText count(int level, String key, int value) {
        if (value > 0) {
            line(level, key + ": " + value);
        }
        return this;
    }

    /** {@code key: [a, b]}; nothing for an empty list. */
    YamlText list(int level, String key, List<String> values) {
        if (!values.isEmpty()) {
            line(level, key + ": " + YamlScalars.flowList(values));
        }
        return this;
    }

    /** Entries the tool does not know, written in canonical YAML at {@code level}. */
    YamlText extra(int level, Map<String, Object> extra) {
        extra.forEach((key, value) -> {
            for (String text : YamlWriter.entry(key, value).split("\n")) {
                if (!text.isEmpty()) {
                    line(level, text);
                }
            }
        });
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
