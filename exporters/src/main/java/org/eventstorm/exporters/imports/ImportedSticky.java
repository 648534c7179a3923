package org.eventstorm.exporters.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * One sticky a document describes: its kind, name, bounded context and the fields the document gives (an event's
 * type, versions and schema, a section's text). The first value a document gives a field stays.
 */
public final class ImportedSticky {
    private final StickyKind kind;
    private final String name;
    private final Map<Field, FieldValue> fields = new LinkedHashMap<>();
    private String context;
    private Markdown intro = Markdown.EMPTY;
    private String source = "";

    ImportedSticky(StickyKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public StickyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The bounded context it stands in; the first one said stays. */
    public ImportedSticky context(String contextName) {
        if (context == null && contextName != null && !contextName.isBlank()) {
            context = contextName;
        }
        return this;
    }

    public Optional<String> context() {
        return Optional.ofNullable(context);
    }

    /** Sets {@code field} unless the sticky already has it or the value says nothing. */
    public ImportedSticky field(Field field, FieldValue value) {
        if (value != null && !value.isEmpty() && kind.has(field)) {
            fields.putIfAbsent(field, value);
        }
        return this;
    }

    public ImportedSticky text(Field field, String value) {
        return value == null ? this : field(field, Text.of(value));
    }

    public ImportedSticky intro(Markdown text) {
        if (intro.isEmpty()) {
            intro = text;
        }
        return this;
    }

    /** Where the document said it ({@code order-service.yaml:42}), for the report. */
    public ImportedSticky source(String where) {
        if (source.isEmpty()) {
            source = where;
        }
        return this;
    }

    public String source() {
        return source;
    }

    public Map<Field, FieldValue> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The sticky as the board holds it, with every field given and its context. */
    public Sticky toSticky() {
        Sticky sticky = kind.create(name);
        if (context != null && kind.has(Field.CONTEXT)) {
            sticky = sticky.with(Field.CONTEXT, Text.of(context));
        }
        for (Map.Entry<Field, FieldValue> field : fields.entrySet()) {
            sticky = sticky.with(field.getKey(), field.getValue());
        }
        return intro.isEmpty() ? sticky : sticky.withIntro(intro);
    }
}
