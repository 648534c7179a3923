package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;

/** Moves or resizes a sticky (or places one that had no place). */
public record MoveSticky(StickyId id, Geometry to) implements Edit {
    public MoveSticky {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String description(Board board) {
        return "Move " + Stickies.quoted(board, id);
    }

    @Override
    public void perform(EditSession session) {
        Stickies.require(session.board(), id);
        session.apply(new Change.GeometryChange(id, session.board().geometry(id).orElse(null), to));
    }
}
