package org.eventstorm.model.sticky;

import java.util.Objects;

/** One H2 section of a sticky file, in the order the file has them. */
public sealed interface Section {

    /** The H2 title. */
    String title();

    /** The section's body. */
    Markdown body();

    /** A section of the kind's template, mapped to a field. */
    record Known(Field field, Markdown body) implements Section {
        public Known {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(body, "body");
            if (field.inFrontMatter()) {
                throw new IllegalArgumentException(field + " is a front-matter key, not a section");
            }
        }

        @Override
        public String title() {
            return field.label();
        }
    }

    /** A section the kind's template does not have; kept in place and written back unchanged. */
    record Unknown(String title, Markdown body) implements Section {
        public Unknown {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
        }
    }
}
