package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;

/** Removes a saga or strategy from the board (its file goes on the next save): one undo step. */
public record RemoveDefinition(DefinitionId id) implements Edit {
    public RemoveDefinition {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String description(Board board) {
        return "Delete " + id.kind().title().toLowerCase() + " '" + board.definition(id).map(Definition::title).orElse(id.stem()) + "'";
    }

    @Override
    public void perform(EditSession session) {
        Definition current = session.board().definition(id).orElseThrow(() -> new EditRefused(id + " is not on the board"));
        session.apply(new Change.DefinitionChange(id, current, null));
    }
}
