package org.eventstorm.exporters.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.sticky.Versions;

/**
 * One sticky a document describes: its kind, name, bounded context and the fields the document gives (an event's
 * type, versions and schema, a section's text). The first value a document gives a field stays.
 */
public final class ImportedSticky {
    private static final Pattern VERSION_NUMBER = Pattern.compile("(?i)v?(\\d{1,8}).*");
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

    /**
     * An event's versions, in any order: one is its {@code version} and {@code schema}, more are its {@code versions:}
     * list, oldest first (by the number in each, {@code v2} before {@code v10}; one without a number last).
     */
    public ImportedSticky versions(Collection<EventVersion> versions) {
        List<EventVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(ImportedSticky::number));
        if (sorted.size() == 1) {
            text(Field.VERSION, sorted.get(0).version());
            field(Field.SCHEMA, new SchemaFields(sorted.get(0).schema()));
        } else if (!sorted.isEmpty()) {
            field(Field.VERSIONS, new Versions(sorted));
        }
        return this;
    }

    private static int number(EventVersion version) {
        Matcher matcher = VERSION_NUMBER.matcher(version.version().strip());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
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
