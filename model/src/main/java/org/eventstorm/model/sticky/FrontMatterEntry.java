package org.eventstorm.model.sticky;

import java.util.Objects;

/** One top-level key of a sticky's front matter, in the order the file has them. */
public sealed interface FrontMatterEntry {

    /** The YAML key. */
    String key();

    /** A key the model understands, with its typed value. */
    record Known(Field field, FieldValue value) implements FrontMatterEntry {
        public Known {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (!field.inFrontMatter()) {
                throw new IllegalArgumentException(field + " is a section, not a front-matter key");
            }
            if (!field.accepts(value)) {
                throw new IllegalArgumentException(field.label() + " cannot hold " + value.getClass().getSimpleName());
            }
        }

        @Override
        public String key() {
            return field.label();
        }
    }

    /**
     * A key another kind of sticky has, held with its typed value while this sticky is of a kind without it (an
     * event's {@code schema} on what was made a policy): written back as it was, and the field again when the sticky
     * is made that kind again.
     */
    record Held(Field field, FieldValue value) implements FrontMatterEntry {
        public Held {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (!field.inFrontMatter() || !field.accepts(value)) {
                throw new IllegalArgumentException(field.label() + " cannot hold " + value.getClass().getSimpleName());
            }
        }

        @Override
        public String key() {
            return field.label();
        }
    }

    /**
     * A key the model does not know, kept as the exact YAML text of the entry (its key line and any nested
     * lines) so that it is written back unchanged.
     */
    record Unknown(String key, String yaml) implements FrontMatterEntry {
        public Unknown {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(yaml, "yaml");
        }
    }
}
