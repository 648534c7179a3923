package org.eventstorm.exporters.versioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample field values for the generated tests and for checking the schemas: text named after its field, 1 for whole
 * numbers, 1.5 for numbers, true, a one-key object, a one-item list. Merged fields join their parts with a space.
 */
public final class SampleValues {
    private SampleValues() {
    }

    /** The value of a field of the canonical version, as plain Java. */
    public static Object of(VersionPlan.Field field) {
        return switch (field.type()) {
            case STRING -> field.written() + "-1";
            case INTEGER -> 1L;
            case NUMBER -> 1.5;
            case BOOLEAN -> true;
            case OBJECT -> Map.of("key", "value");
            case ARRAY -> List.of("item");
        };
    }

    /** A payload of {@code version} with every field set, keyed by the schema's field names. */
    public static Map<String, Object> payload(VersionPlan.Version version) {
        Map<String, Object> payload = new LinkedHashMap<>();
        version.fields().forEach(field -> payload.put(field.written(), of(field)));
        return payload;
    }

    /** What a target field holds after the transformation of a canonical payload: the source's value, or the merge's text. */
    public static Object expected(VersionPlan.Source source) {
        if (!source.toText()) {
            return of(source.from().get(0));
        }
        List<String> parts = new ArrayList<>();
        source.from().forEach(from -> parts.add(String.valueOf(of(from))));
        return String.join(" ", parts);
    }
}
