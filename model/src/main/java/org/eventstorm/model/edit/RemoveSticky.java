package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Takes a sticky off the board. Names of it written in other stickies stay as written (the validator then
 * reports them), because they are text a person wrote.
 */
public record RemoveSticky(StickyId id) implements Edit {
    public RemoveSticky {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String description(Board board) {
        return "Delete " + Stickies.quoted(board, id);
    }

    @Override
    public void perform(EditSession session) {
        Sticky sticky = Stickies.require(session.board(), id);
        session.board().geometry(id).ifPresent(place -> session.apply(new Change.GeometryChange(id, place, null)));
        session.apply(new Change.StickyChange(id, sticky, null));
    }
}
