package org.eventstorm.model.sticky;

import java.util.Objects;

/** A front-matter scalar, kept as the text the person wrote ({@code 007} stays {@code 007}). */
public record Text(String value) implements FieldValue {
    public static final Text EMPTY = new Text("");

    public Text {
        Objects.requireNonNull(value, "value");
    }

    public static Text of(String value) {
        return new Text(value);
    }

    @Override
    public boolean isEmpty() {
        return value.isBlank();
    }
}
