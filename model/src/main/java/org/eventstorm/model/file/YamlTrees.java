package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value as plain Java maps (in key order), lists, strings, numbers (whole numbers as Integer, Long or
 * BigInteger, others as BigDecimal, so no digit is lost) and booleans. Walks the tree itself: reading a board needs no
 * object mapper, whose deserializers cost a cold command a few hundred classes.
 */
final class YamlTrees {
    private YamlTrees() {
    }

    /** The mapping {@code object} as a plain map; empty when it is not a mapping. */
    static Map<String, Object> plainMap(JsonNode object) {
        Object value = plain(object);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> plain = (Map<String, Object>) map;
            return plain;
        }
        return Collections.emptyMap();
    }

    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.numberValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isTextual() ? node.textValue() : node.asText();
    }
}
