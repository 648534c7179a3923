package org.eventstorm.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.Text;

/**
 * Adds, rewrites and removes one name in a reference field, whatever its shape: a front-matter scalar
 * ({@code trigger_event}), a front-matter list ({@code about}) or a section list (Produces Events).
 */
final class ReferenceFields {
    private ReferenceFields() {
    }

    /** {@code sticky} naming {@code written} in {@code field}: the scalar is replaced, a list gains an entry. */
    static Sticky add(Sticky sticky, Field field, String written) {
        return switch (field.shape()) {
            case TEXT -> sticky.with(field, Text.of(written));
            case NAMES -> {
                List<String> names = new ArrayList<>(sticky.content().names(field));
                names.add(written);
                yield sticky.with(field, new Names(names));
            }
            case LIST, PROSE -> sticky.with(field, sticky.content().markdown(field).withItemAppended(written));
            case SCHEMA, VERSIONS, RETRY -> throw new IllegalArgumentException(field.label() + " holds no names");
        };
    }

    /** {@code sticky} with the name at {@code index} of {@code field} written as {@code written}. */
    static Sticky rewrite(Sticky sticky, Field field, int index, String written) {
        return switch (field.shape()) {
            case TEXT -> sticky.with(field, Text.of(written));
            case NAMES -> {
                List<String> names = new ArrayList<>(sticky.content().names(field));
                names.set(index, written);
                yield sticky.with(field, new Names(names));
            }
            case LIST, PROSE -> sticky.with(field, sticky.content().markdown(field).withItemText(index, written));
            case SCHEMA, VERSIONS, RETRY -> throw new IllegalArgumentException(field.label() + " holds no names");
        };
    }

    /** {@code sticky} without the name at {@code index} of {@code field}. */
    static Sticky remove(Sticky sticky, Field field, int index) {
        return switch (field.shape()) {
            case TEXT -> sticky.with(field, Text.EMPTY);
            case NAMES -> {
                List<String> names = new ArrayList<>(sticky.content().names(field));
                names.remove(index);
                yield sticky.with(field, new Names(names));
            }
            case LIST, PROSE -> {
                Markdown without = sticky.content().markdown(field).withItemRemoved(index);
                yield sticky.with(field, without);
            }
            case SCHEMA, VERSIONS, RETRY -> throw new IllegalArgumentException(field.label() + " holds no names");
        };
    }
}
