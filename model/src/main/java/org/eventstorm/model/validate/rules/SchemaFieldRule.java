package org.eventstorm.model.validate.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldType;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * A schema field the exports cannot use as written: no name, a name that is not an identifier ({@code customer id}),
 * a name listed twice, no type, or a type the exports do not know ({@code strnig}). Each is said once per field, in
 * the event's {@code schema} or in the version of {@code versions:} that has it.
 */
public final class SchemaFieldRule extends DescribedRule implements Rule {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public SchemaFieldRule() {
        super("schema-field", "Schema field not usable as written", Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        findings.addAll(check(id, event.schema(), "", Field.SCHEMA));
        for (EventVersion version : event.versions()) {
            findings.addAll(check(id, version.schema(), " of version " + version.version(), Field.VERSIONS));
        }
        return findings;
    }

    private List<Finding> check(StickyId id, List<SchemaField> fields, String where, Field field) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            SchemaField schemaField = fields.get(i);
            String name = schemaField.name().strip();
            String which = name.isEmpty() ? "field " + (i + 1) : "field '" + name + "'";
            if (name.isEmpty()) {
                findings.add(Finding.on(this, id, field, "field " + (i + 1) + " of the schema" + where
                        + " has no name, so the exports leave it out; give it a name in camel case, such as orderId"));
            } else if (!IDENTIFIER.matcher(name).matches()) {
                String identifier = SchemaField.camelName(name);
                findings.add(Finding.on(this, id, field, which + " of the schema" + where + " is not an identifier (letters, digits and _)"
                        + (identifier.isEmpty() ? "" : "; did you mean '" + identifier + "'?")));
            } else if (!seen.add(name)) {
                findings.add(Finding.on(this, id, field, which + " is listed twice in the schema" + where + "; keep one"));
            }
            String type = schemaField.type().strip();
            if (type.isEmpty()) {
                findings.add(Finding.on(this, id, field, which + " of the schema" + where + " has no type; give it one, such as string, integer,"
                        + " decimal, boolean, uuid, timestamp or a list like string[]"));
            } else if (!FieldType.isKnown(type)) {
                String base = type.replace("[]", "").strip();
                findings.add(Finding.on(this, id, field, which + " of the schema" + where + " has the type '" + type + "', which the exports do not know"
                        + Spelling.closest(base.toLowerCase(Locale.ROOT), FieldType.words()).map(best -> "; did you mean '" + best + "'?").orElse(
                                "; use one of " + String.join(", ", FieldType.words()))));
            }
        }
        return findings;
    }
}
