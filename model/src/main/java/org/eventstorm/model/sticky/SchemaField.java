package org.eventstorm.model.sticky;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One field of an event's payload schema.
 *
 * @param extra keys the tool does not know, kept in order so that nothing written is lost
 */
public record SchemaField(String name, String type, boolean required, String description, Map<String, Object> extra) {
    public SchemaField {
        Objects.requireNonNull(name, "name");
        type = type == null ? "" : type;
        description = description == null ? "" : description;
        extra = OrderedMaps.copyOf(extra);
    }

    public static SchemaField of(String name, String type, boolean required) {
        return new SchemaField(name, type, required, "", Map.of());
    }

    /**
     * The field name people's words make: the words of its slug in camel case ("Order ID" and "order id" are
     * {@code orderId}); empty when the text has no letters or digits to name a field by.
     */
    public static String camelName(String words) {
        String slug = Slug.of(words);
        if (slug.equals("untitled") && !words.toLowerCase(Locale.ROOT).contains("untitled")) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return Character.isDigit(name.charAt(0)) ? "field" + name : name.toString();
    }

    public SchemaField withDescription(String text) {
        return new SchemaField(name, type, required, text, extra);
    }
}
