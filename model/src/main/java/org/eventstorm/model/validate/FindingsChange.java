package org.eventstorm.model.validate;

import java.util.List;

/** What changed in the findings after an edit: the ones that appeared and the ones that went. */
public record FindingsChange(List<Finding> added, List<Finding> removed) {
    public FindingsChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
