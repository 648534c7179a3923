package org.eventstorm.model.sticky;

import java.util.List;

/** A front-matter list of names, such as a hotspot's {@code about}. */
public record Names(List<String> names) implements FieldValue {
    public static final Names EMPTY = new Names(List.of());

    public Names {
        names = List.copyOf(names);
    }

    public static Names of(String... names) {
        return new Names(List.of(names));
    }

    @Override
    public boolean isEmpty() {
        return names.isEmpty();
    }
}
