package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.layout.AutoPlacer;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Puts a new sticky on the board. Without an id the board picks one from the name; the applied
 * {@link org.eventstorm.model.board.BoardChange#addedIds()} tells which.
 *
 * @param id       the id to use, or null to let the board choose
 * @param geometry where it goes, or null to let the board find a free place next to what it links to
 */
public record AddSticky(StickyId id, Sticky sticky, Geometry geometry) implements Edit {
    public AddSticky {
        Objects.requireNonNull(sticky, "sticky");
        if (id != null && id.kind() != sticky.kind()) {
            throw new IllegalArgumentException(id + " cannot hold a " + sticky.kind().title());
        }
    }

    public static AddSticky at(Sticky sticky, Geometry geometry) {
        return new AddSticky(null, sticky, geometry);
    }

    @Override
    public String description(Board board) {
        return "Add " + sticky.kind().title() + " '" + sticky.name() + "'";
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        StickyId target = id != null ? id : board.newId(sticky.kind(), sticky.name());
        if (board.isTaken(target)) {
            throw new EditRefused(target + " is already taken; choose another name");
        }
        Geometry place = geometry != null ? geometry : AutoPlacer.placeFor(board, target, sticky);
        session.apply(new Change.StickyChange(target, null, sticky));
        session.apply(new Change.GeometryChange(target, null, place));
    }
}
