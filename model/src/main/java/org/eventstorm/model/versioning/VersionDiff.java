package org.eventstorm.model.versioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;

/**
 * The differences from an older version of an event to a newer one and what they add up to: breaking when a required
 * field goes or a type changes (as the EDA standards list them), else one of backward, forward or full.
 */
public record VersionDiff(String from, String to, List<SchemaChange> changes, Compatibility compatibility) {
    public VersionDiff {
        changes = List.copyOf(changes);
    }

    public static VersionDiff between(EventVersion older, EventVersion newer) {
        Map<String, SchemaField> before = byName(older);
        Map<String, SchemaField> after = byName(newer);
        List<SchemaChange> changes = new ArrayList<>();
        before.forEach((name, field) -> {
            SchemaField now = after.get(name);
            if (now == null) {
                changes.add(new SchemaChange(name, field.required() ? SchemaChange.Kind.REMOVED_REQUIRED : SchemaChange.Kind.REMOVED_OPTIONAL,
                        field.type(), ""));
            } else {
                if (!normalType(field.type()).equals(normalType(now.type()))) {
                    changes.add(new SchemaChange(name, SchemaChange.Kind.TYPE_CHANGED, field.type(), now.type()));
                }
                if (field.required() != now.required()) {
                    changes.add(new SchemaChange(name, now.required() ? SchemaChange.Kind.MADE_REQUIRED : SchemaChange.Kind.MADE_OPTIONAL,
                            field.type(), now.type()));
                }
            }
        });
        after.forEach((name, field) -> {
            if (!before.containsKey(name)) {
                changes.add(new SchemaChange(name, field.required() ? SchemaChange.Kind.ADDED_REQUIRED : SchemaChange.Kind.ADDED_OPTIONAL, "",
                        field.type()));
            }
        });
        return new VersionDiff(older.version(), newer.version(), changes, classify(changes));
    }

    private static Compatibility classify(List<SchemaChange> changes) {
        boolean newReadsOld = true;
        boolean oldReadsNew = true;
        for (SchemaChange change : changes) {
            switch (change.kind()) {
                case REMOVED_REQUIRED, TYPE_CHANGED -> {
                    return Compatibility.BREAKING;
                }
                // Events of the older version lack it, so consumers of the newer one cannot rely on them.
                case ADDED_REQUIRED, MADE_REQUIRED -> newReadsOld = false;
                // Consumers of the older version counted on it being there.
                case MADE_OPTIONAL -> oldReadsNew = false;
                case ADDED_OPTIONAL, REMOVED_OPTIONAL -> {
                }
            }
        }
        if (newReadsOld && oldReadsNew) {
            return Compatibility.FULL;
        }
        if (newReadsOld) {
            return Compatibility.BACKWARD;
        }
        return oldReadsNew ? Compatibility.FORWARD : Compatibility.BREAKING;
    }

    /** "Order Placed v1 to v2: FULL" with each change. */
    public String describe() {
        return from + " \u2192 " + to + ": " + compatibility + (changes.isEmpty() ? " (no change)"
                : " (" + String.join("; ", changes.stream().map(SchemaChange::describe).toList()) + ")");
    }

    private static Map<String, SchemaField> byName(EventVersion version) {
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        version.schema().forEach(field -> fields.putIfAbsent(field.name(), field));
        return fields;
    }

    /** Type words that mean the same: int/integer/long, number/decimal/double/float, timestamp/date-time. */
    static String normalType(String type) {
        String word = type.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "int", "integer", "long" -> "integer";
            case "number", "decimal", "double", "float" -> "number";
            case "bool", "boolean" -> "boolean";
            case "timestamp", "date-time", "datetime", "instant" -> "timestamp";
            case "map", "object", "record" -> "object";
            case "list", "array" -> "array";
            case "", "string", "text" -> word.isEmpty() ? "" : "string";
            default -> word;
        };
    }
}
