package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaDerivation;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;

/**
 * The sagas a saga export is of: the board's own, from {@code sagas/}; or, for a board that has none yet, those the
 * board's policy chains give (one per event that starts a chain of two or more commands).
 */
final class SagaSource {
    record Entry(DefinitionId id, Saga saga, boolean derived) {
    }

    private SagaSource() {
    }

    /** The sagas; when there are none, a note on {@code target} says why and what would make one. */
    static List<Entry> of(ExportInput input, TargetFolder target) {
        Board board = input.board();
        List<Entry> entries = new ArrayList<>();
        board.definitions(Saga.class).forEach((id, saga) -> entries.add(new Entry(id, saga, false)));
        if (!entries.isEmpty()) {
            return entries;
        }
        SagaDerivation derivation = new SagaDerivation(board);
        List<String> names = new ArrayList<>();
        for (StickyId trigger : derivation.triggers()) {
            String name = names.isEmpty() ? derivation.defaultName(trigger) : SagaNames.pascal(board.get(trigger).name()) + "Saga";
            while (names.contains(name)) {
                name += "2";
            }
            names.add(name);
            DefinitionId id = DefinitionId.of(DefinitionKind.SAGA, Slug.of(SagaNames.words(name)));
            entries.add(new Entry(id, derivation.derive(trigger, name), true));
        }
        if (entries.isEmpty()) {
            target.note("no saga: " + derivation.whyNone().orElse("the board has none"));
        }
        return entries;
    }
}
