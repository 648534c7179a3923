package org.eventstorm.model.sticky;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The types a schema field may be written with, each under the words people use for it ({@code decimal} and
 * {@code money} are numbers), and the JSON Schema type and format the exports give it. A type followed by
 * {@code []} is a list of it ({@code string[]}). The one statement of the vocabulary: the validator checks written
 * types against it and the exporters translate it.
 */
public enum FieldType {
    STRING("string", null, "string", "text", "str"), INTEGER("integer", null, "integer", "int", "long", "short"), NUMBER("number", null, "number", "decimal",
            "double", "float", "money", "amount"), BOOLEAN("boolean", null, "boolean", "bool"), UUID("string", "uuid", "uuid"), TIMESTAMP("string", "date-time",
                    "timestamp", "datetime", "date-time", "instant"), DATE("string", "date",
                            "date"), EMAIL("string", "email", "email"), OBJECT("object", null, "object", "map"), ARRAY("array", null, "array", "list");

    private final String jsonType;
    private final String format;
    private final List<String> words;

    FieldType(String jsonType, String format, String... words) {
        this.jsonType = jsonType;
        this.format = format;
        this.words = List.of(words);
    }

    /** The JSON Schema {@code type}. */
    public String jsonType() {
        return jsonType;
    }

    /** The JSON Schema {@code format}, if any ({@code uuid}, {@code date-time}). */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** The word this type is written with when nothing else is said ({@code uuid}, {@code timestamp}). */
    public String word() {
        return words.get(0);
    }

    /** The type a JSON Schema type and format give ({@code string} with {@code uuid} is {@link #UUID}); empty for none. */
    public static Optional<FieldType> ofJson(String jsonType, Optional<String> format) {
        for (FieldType type : values()) {
            if (type.jsonType.equals(jsonType) && type.format().equals(format)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type a word names, ignoring case and surrounding space; not for lists ({@code string[]}). */
    public static Optional<FieldType> of(String written) {
        return Optional.ofNullable(ByWord.TYPES.get(written.strip().toLowerCase(Locale.ROOT)));
    }

    /** Each word's type, worked out once. */
    private static final class ByWord {
        static final Map<String, FieldType> TYPES = new HashMap<>();

        static {
            for (FieldType type : values()) {
                type.words.forEach(word -> TYPES.put(word, type));
            }
        }
    }

    /** True when the written type is known, as one type or a list of one ({@code uuid[]}, {@code string[][]}). */
    public static boolean isKnown(String written) {
        String type = written.strip();
        while (type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2).strip();
        }
        return of(type).isPresent();
    }

    /** Every word a type may be written with, for messages and suggestions. */
    public static List<String> words() {
        List<String> all = new ArrayList<>();
        for (FieldType type : values()) {
            all.addAll(type.words);
        }
        return all;
    }
}
