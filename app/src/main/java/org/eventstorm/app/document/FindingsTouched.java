package org.eventstorm.app.document;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;

/**
 * What a change of {@link BoardDocument#findings()} is about: the stickies and definitions whose findings went or came,
 * so that a view redraws only what concerns it.
 */
public record FindingsTouched(Set<StickyId> stickies, Set<DefinitionId> definitions) {

    /** Reads the whole change (it is left at its end). */
    public static FindingsTouched of(ListChangeListener.Change<? extends Finding> change) {
        Set<StickyId> stickies = new HashSet<>();
        Set<DefinitionId> definitions = new HashSet<>();
        change.reset();
        while (change.next()) {
            change.getRemoved().forEach(finding -> note(finding, stickies, definitions));
            change.getAddedSubList().forEach(finding -> note(finding, stickies, definitions));
        }
        return new FindingsTouched(Set.copyOf(stickies), Set.copyOf(definitions));
    }

    private static void note(Finding finding, Set<StickyId> stickies, Set<DefinitionId> definitions) {
        if (finding.sticky() != null) {
            stickies.add(finding.sticky());
        }
        if (finding.definition() != null) {
            definitions.add(finding.definition());
        }
    }

    /** True when findings on a definition of {@code kind} (a saga, a strategy) went or came. */
    public boolean anyOf(DefinitionKind kind) {
        return definitions.stream().anyMatch(id -> id.kind() == kind);
    }
}
