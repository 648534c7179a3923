package org.eventstorm.model.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.FieldType;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.Slug;

/**
 * The mappings a single-writer transformation uses to fill an older version from the canonical one: those written
 * under {@code transformation_layer: mappings:}, and for a required text field the canonical version does not carry
 * and no mapping names, the text fields whose names end with its name, joined with a space. That is how the feature
 * spec's transformer makes v1's {@code name} from v3's {@code firstName} and {@code lastName}, with no mapping in the
 * spec's YAML. A field with fewer than two such parts is not guessed at: the validator asks for a mapping.
 */
public final class ComposedFields {
    private ComposedFields() {
    }

    /** The written mappings, then the inferred ones, for filling {@code target} from {@code canonical}. */
    public static List<FieldMapping> mappings(TransformationLayer layer, EventVersion canonical, EventVersion target) {
        List<FieldMapping> written = layer.mappingsFor(target.version());
        List<FieldMapping> all = new ArrayList<>(written);
        all.addAll(inferred(canonical, target, written));
        return all;
    }

    /** Only the inferred mappings: for saying which fields the transformation composes on its own. */
    public static List<FieldMapping> inferred(EventVersion canonical, EventVersion target, List<FieldMapping> written) {
        List<FieldMapping> inferred = new ArrayList<>();
        for (SchemaField field : target.schema()) {
            if (!field.required() || !isText(field) || carries(canonical, field.name()) || written.stream().anyMatch(m -> m.target().equals(field.name()))) {
                continue;
            }
            String ending = "-" + Slug.of(field.name());
            List<String> parts = canonical.schema().stream().filter(ComposedFields::isText).map(SchemaField::name).filter(
                    name -> Slug.of(name).endsWith(ending)).toList();
            if (parts.size() >= 2) {
                inferred.add(new FieldMapping(field.name(), parts));
            }
        }
        return inferred;
    }

    private static boolean carries(EventVersion version, String name) {
        return version.schema().stream().anyMatch(field -> field.name().equals(name));
    }

    private static boolean isText(SchemaField field) {
        String type = field.type().strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || FieldType.of(type).filter(known -> known == FieldType.STRING).isPresent();
    }
}
