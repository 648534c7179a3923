package org.eventstorm.model.sticky;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's Data Carried section read as its payload, for an event that has no {@code schema}: the spec's event
 * template writes only that ({@code - Order ID}, {@code - Total amount}). Each item is one field. Its name is the
 * item's identifier when it starts with one ({@code orderId: uuid}), else its words before any note in camel case
 * ({@code Order items (product IDs, quantities)} is {@code orderItems}). Its type is the one written after a colon
 * or in parentheses when that is a type word, else guessed from the name's last word: ids, references and names
 * are strings, amounts and totals numbers, quantities integers, dates and times timestamps, plural items arrays.
 * Every field is required; the item as written is its description. A guess is a guess: the validator says so and
 * offers to write the fields as a schema, where their types can be put right.
 */
public final class DataCarried {
    private static final Pattern IDENTIFIER = Pattern.compile("[`*_]*([A-Za-z_][A-Za-z0-9_]*)[`*_]*(?:(?:\\s*[:(]|\\s+[\u2014-]\\s)\\s*(.*))?");
    private static final Pattern TYPE_TOKEN = Pattern.compile("([A-Za-z][A-Za-z-]*(?:\\[\\])*)(?![A-Za-z0-9])");
    private static final Set<String> NOT_PLURAL = Set.of("address", "status", "class", "process", "business", "access", "bonus", "canvas", "alias",
            "terms", "details", "news", "series", "analysis", "basis");

    private DataCarried() {
    }

    /** The payload fields the items describe, each name once, in the items' order. */
    public static List<SchemaField> fields(List<String> items) {
        List<SchemaField> fields = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : items) {
            field(item).filter(field -> seen.add(field.name())).ifPresent(fields::add);
        }
        return fields;
    }

    /** One item as a field; empty when it has no letters to name one by. */
    static Optional<SchemaField> field(String item) {
        String text = item.strip();
        Matcher identifier = IDENTIFIER.matcher(text);
        if (identifier.matches() && (identifier.group(2) != null || !text.contains(" "))) {
            String rest = identifier.group(2) == null ? "" : identifier.group(2).strip();
            String written = identifier.group(1);
            String name = Character.isUpperCase(written.charAt(0)) ? SchemaField.camelName(written) : written;
            return Optional.of(new SchemaField(name, writtenType(rest).orElseGet(() -> guessedType(words(name), rest)), true, text, Map.of()));
        }
        int note = firstOf(text, '(', ':');
        String head = note < 0 ? text : text.substring(0, note);
        String rest = note < 0 ? "" : text.substring(note + 1).replaceFirst("\\)\\s*$", "").strip();
        List<String> words = words(head);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SchemaField(SchemaField.camelName(head), writtenType(rest).orElseGet(() -> guessedType(words, rest)), true, text, Map.of()));
    }

    private static int firstOf(String text, char... marks) {
        int first = -1;
        for (char mark : marks) {
            int at = text.indexOf(mark);
            if (at > 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** "Order ID" -> [order, id]; "orderId" -> [order, id]: letters and digits only. */
    private static List<String> words(String text) {
        String slug = Slug.of(text);
        if (slug.equals("untitled") && !text.toLowerCase(Locale.ROOT).contains("untitled")) {
            return List.of();
        }
        return List.of(slug.split("-"));
    }

    /** A type written after the name ("uuid", "decimal", "string[]"), as the schema would have it. */
    private static Optional<String> writtenType(String rest) {
        Matcher type = TYPE_TOKEN.matcher(rest);
        if (!type.lookingAt() || !FieldType.isKnown(type.group(1))) {
            return Optional.empty();
        }
        return Optional.of(type.group(1).toLowerCase(Locale.ROOT));
    }

    /** The type a field of this name most likely has. */
    private static String guessedType(List<String> words, String note) {
        String last = words.get(words.size() - 1);
        if (words.get(0).equals("is") || words.get(0).equals("has")) {
            return "boolean";
        }
        return switch (last) {
            case "id", "reference", "ref", "code", "key", "number", "name", "token", "reason", "status", "method", "address", "type" -> "string";
            case "ids" -> "string[]";
            case "email" -> "email";
            case "amount", "total", "price", "cost", "balance", "fee", "tax", "weight", "rate" -> "decimal";
            case "quantity", "count", "qty", "age", "attempts" -> "integer";
            case "date" -> "date";
            case "time", "timestamp", "at", "deadline" -> "timestamp";
            default -> {
                boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !NOT_PLURAL.contains(last);
                if (plural) {
                    yield note.contains(",") ? "object[]" : "string[]";
                }
                yield "string";
            }
        };
    }
}
