package org.eventstorm.model.edit;

import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** Looks up the sticky an edit is about, refusing in the user's words when it is gone. */
final class Stickies {
    private Stickies() {
    }

    static Sticky require(Board board, StickyId id) {
        return board.sticky(id).orElseThrow(() -> new EditRefused(id + " is no longer on the board"));
    }

    static String quoted(Board board, StickyId id) {
        return board.sticky(id).map(sticky -> "'" + sticky.name() + "'").orElse(id.toString());
    }
}
