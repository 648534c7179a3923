package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/** Green: the information an actor looks at to decide, built from events ("Order Summary"). */
public record ReadModel(StickyContent content) implements Sticky {
    public ReadModel {
        KindCheck.require(StickyKind.READ_MODEL, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.READ_MODEL;
    }

    public Optional<String> context() {
        return content.text(Field.CONTEXT);
    }

    /** The events it is built from, by name. */
    public List<String> builtFrom() {
        return content.items(Field.BUILT_FROM);
    }

    /** The actors it informs, by name. */
    public List<String> informs() {
        return content.items(Field.INFORMS);
    }

    public List<String> fields() {
        return content.items(Field.FIELDS);
    }
}
