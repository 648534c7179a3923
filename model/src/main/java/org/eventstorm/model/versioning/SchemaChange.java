package org.eventstorm.model.versioning;

import java.util.Objects;

/** One difference between two versions' schemas, field by field. */
public record SchemaChange(String field, Kind kind, String before, String after) {

    /** What happened to the field. */
    public enum Kind {
        ADDED_OPTIONAL("added, optional"), ADDED_REQUIRED("added, required"), REMOVED_OPTIONAL("removed (was optional)"), REMOVED_REQUIRED(
                "removed (was required)"), TYPE_CHANGED("type changed"), MADE_REQUIRED("made required"), MADE_OPTIONAL("made optional");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public SchemaChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** "name: removed (was required)", "total: type changed (number to string)". */
    public String describe() {
        return field + ": " + kind.words() + (kind == Kind.TYPE_CHANGED ? " (" + before + " to " + after + ")" : "");
    }
}
