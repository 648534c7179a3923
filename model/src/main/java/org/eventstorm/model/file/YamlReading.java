package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of a {@link YamlNode} tree, each refusal naming the line and what was expected, so a
 * hand-edited saga or strategy file says exactly what to fix.
 */
final class YamlReading {
    private YamlReading() {
    }

    static YamlNode.Mapping mapping(YamlNode node, String what) throws FormatException {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new FormatException(node.line(), what + " should be a mapping (key: value lines), not " + node.what());
    }

    /** The text of {@code key}, or empty when it is absent or null; a list or mapping there is refused. */
    static String text(YamlNode.Mapping mapping, String key) throws FormatException {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return "";
        }
        if (!(node.get() instanceof YamlNode.Scalar scalar)) {
            throw new FormatException(node.get().line(), "'" + key + "' should be a single value, not " + node.get().what());
        }
        return scalar.isNull() ? "" : scalar.value();
    }

    /** The text of {@code key}, which must be there and not empty. */
    static String required(YamlNode.Mapping mapping, String key, String what) throws FormatException {
        String value = text(mapping, key);
        if (value.isBlank()) {
            throw new FormatException(mapping.line(), what + " needs " + ("aeiou".indexOf(key.charAt(0)) >= 0 ? "an" : "a") + " '" + key + "'");
        }
        return value;
    }

    /** A whole number at {@code key}; 0 when absent. */
    static int count(YamlNode.Mapping mapping, String key) throws FormatException {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return 0;
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            Optional<Long> number = scalar.asLong();
            if (number.isPresent() && number.get() >= 0 && number.get() <= 1_000_000) {
                return number.get().intValue();
            }
        }
        throw new FormatException(node.get().line(), "'" + key + "' should be a whole number (0 or more)");
    }

    /**
     * A whole number of at least {@code minimum} at {@code key}; 0 when absent. For a count whose schema sets a
     * minimum: the model holds 0 as "not given", so a written 0 is refused rather than read as absent.
     */
    static int count(YamlNode.Mapping mapping, String key, int minimum) throws FormatException {
        int count = count(mapping, key);
        if (count < minimum && mapping.get(key).filter(node -> !(node instanceof YamlNode.Scalar scalar && scalar.isNull())).isPresent()) {
            throw new FormatException(mapping.get(key).get().line(), "'" + key + "' should be a whole number of at least " + minimum
                    + ", as the saga DSL's schema says");
        }
        return count;
    }

    /** true or false at {@code key}; null when absent. */
    static Boolean flag(YamlNode.Mapping mapping, String key) throws FormatException {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return null;
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.asBoolean().isPresent()) {
            return scalar.asBoolean().get();
        }
        throw new FormatException(node.get().line(), "'" + key + "' should be true or false");
    }

    /** A list of values at {@code key} ({@code [a, b]} or one per line); a single value counts as a list of one. */
    static List<String> texts(YamlNode.Mapping mapping, String key) throws FormatException {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return scalar.isNull() ? List.of() : List.of(scalar.value());
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            throw new FormatException(node.get().line(), "'" + key + "' should be a list of values, not " + node.get().what());
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                throw new FormatException(item.line(), "'" + key + "' should list single values only");
            }
            values.add(scalar.value());
        }
        return values;
    }

    /** The entries whose keys are not in {@code known}, as plain Java values, in file order. */
    static Map<String, Object> extra(YamlNode.Mapping mapping, Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key().value())) {
                extra.put(entry.key().value(), plain(entry.value()));
            }
        }
        return extra;
    }

    /** A node as plain Java: ordered maps, lists, and scalars as numbers, booleans, null or strings. */
    static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.entries().forEach(entry -> map.put(entry.key().value(), plain(entry.value())));
            return map;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().map(YamlReading::plain).toList();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.isNull()) {
            return null;
        }
        if (scalar.plain()) {
            Optional<Boolean> flag = scalar.asBoolean();
            if (flag.isPresent() && scalar.value().matches("(?i)true|false")) {
                return flag.get();
            }
            Optional<Long> number = scalar.asLong();
            if (number.isPresent() && scalar.value().matches("-?[1-9]\\d*|0")) {
                return number.get();
            }
        }
        return scalar.value();
    }

    /** Refuses keys of {@code mapping} that must not be there, naming the allowed ones. */
    static void onlyKeys(YamlNode.Mapping mapping, Set<String> allowed, String what) throws FormatException {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key().value())) {
                throw new FormatException(entry.key().line(), what + " has the key '" + entry.key().value() + "'; it holds "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
