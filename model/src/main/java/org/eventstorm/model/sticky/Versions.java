package org.eventstorm.model.sticky;

import java.util.List;

/** The versions of a domain event, oldest first as written. */
public record Versions(List<EventVersion> versions) implements FieldValue {
    public static final Versions EMPTY = new Versions(List.of());

    public Versions {
        versions = List.copyOf(versions);
    }

    @Override
    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
