package org.eventstorm.model.timeline;

import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Why a board's timeline has no steps, and what would give it some: said in {@code timeline.md}, and by the exports
 * that draw nothing from an empty timeline (the catalog's flow).
 */
public final class WhyEmpty {
    private WhyEmpty() {
    }

    public static String of(Board board) {
        long candidates = board.ids().stream().filter(id -> id.kind() == StickyKind.COMMAND || id.kind() == StickyKind.EVENT
                || id.kind() == StickyKind.READ_MODEL).count();
        if (candidates == 0) {
            return "the board has no commands, events or read models yet; put the first domain event on it";
        }
        if (board.settings().level() == Level.BIG_PICTURE) {
            return "the board has no domain events yet; put them on it left to right";
        }
        return "none of its " + candidates + (candidates == 1 ? " command, event or read model is" : " commands, events and read models is")
                + " linked yet; from the process level on, a sticky joins the timeline once it is linked: draw an arrow from a command"
                + " to the event it produces";
    }
}
