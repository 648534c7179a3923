package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.layout.AutoPlacer;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Adds a sticky next to another and draws the arrow between them, in one undo step: "add the event this command
 * produces", "add the command that produces this event". The new sticky goes after the anchor in time when the
 * arrow leaves the anchor, before it when the arrow arrives.
 *
 * @param fromAnchor true when the arrow goes from the anchor to the new sticky
 */
public record AddLinkedSticky(StickyId anchor, Sticky sticky, boolean fromAnchor) implements Edit {
    public AddLinkedSticky {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(sticky, "sticky");
    }

    @Override
    public String description(Board board) {
        return "Add " + sticky.kind().title() + " '" + sticky.name() + "'";
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        Stickies.require(board, anchor);
        boolean allowed = fromAnchor ? LinkRule.between(anchor.kind(), sticky.kind()).isPresent()
                : LinkRule.between(sticky.kind(), anchor.kind()).isPresent();
        if (!allowed) {
            throw new EditRefused(fromAnchor ? LinkRule.refusal(anchor.kind(), sticky.kind()) : LinkRule.refusal(sticky.kind(), anchor.kind()));
        }
        StickyId id = board.newId(sticky.kind(), sticky.name());
        session.apply(new Change.StickyChange(id, null, sticky));
        session.apply(new Change.GeometryChange(id, null, AutoPlacer.placeBeside(board, anchor, sticky.kind(), fromAnchor)));
        session.perform(fromAnchor ? new LinkStickies(anchor, id) : new LinkStickies(id, anchor));
    }
}
