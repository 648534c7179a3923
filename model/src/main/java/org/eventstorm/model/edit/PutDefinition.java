package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;

/** Adds a saga or strategy file to the board, or replaces the one it has: one undo step. */
public record PutDefinition(DefinitionId id, Definition definition) implements Edit {
    public PutDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        if (definition.kind() != id.kind()) {
            throw new IllegalArgumentException(id + " cannot hold a " + definition.kind().title().toLowerCase());
        }
    }

    @Override
    public String description(Board board) {
        return (board.definition(id).isPresent() ? "Change " : "Add ") + definition.kind().title().toLowerCase() + " '" + definition.title() + "'";
    }

    @Override
    public void perform(EditSession session) {
        if (session.board().isReserved(id)) {
            throw new EditRefused(id + " could not be read when the board was opened; fix or remove that file first, so that it is not overwritten");
        }
        session.apply(new Change.DefinitionChange(id, session.board().definition(id).orElse(null), definition));
    }
}
