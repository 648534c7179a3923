package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A YAML node as written, with where it is: its first line and its span in the text. Saga and strategy files are
 * read from these, so a finding can name the exact line, and a changed value can be put back in place of the old
 * one without touching the rest of the file.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** The 1-based line the node starts on. */
    int line();

    /** The offset in the text where the node starts. */
    int start();

    /** The offset just after the node. */
    int end();

    /** What the node is, for messages: "a mapping", "a list", "a value". */
    String what();

    /** One {@code key: value} of a mapping. */
    record Entry(Scalar key, YamlNode value) {
    }

    record Mapping(List<Entry> entries, int line, int start, int end, boolean flow) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<YamlNode> get(String key) {
            for (Entry entry : entries) {
                if (entry.key().value().equals(key)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(entry -> entry.key().value().equals(key)).findFirst();
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            entries.forEach(entry -> keys.add(entry.key().value()));
            return keys;
        }

        @Override
        public String what() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, int line, int start, int end, boolean flow) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String what() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as the parser read it (quotes and escapes resolved), and whether it was plain (unquoted), which
     * decides whether it can mean null, a number or a boolean.
     */
    record Scalar(String value, boolean plain, int line, int start, int end) implements YamlNode {
        /** Null in YAML: nothing, {@code ~} or {@code null}, unquoted. */
        boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
        }

        /** The value as a whole number, when it is one (unquoted or quoted alike). */
        Optional<Long> asLong() {
            String text = value.strip().replace("_", "");
            if (!text.matches("[+-]?\\d{1,15}")) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(text));
        }

        /** The value as a boolean, when it is YAML's true or false (unquoted). */
        Optional<Boolean> asBoolean() {
            if (!plain) {
                return Optional.empty();
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Optional.of(true);
                case "false", "no", "off" -> Optional.of(false);
                default -> Optional.empty();
            };
        }

        @Override
        public String what() {
            return "a single value";
        }
    }
}
