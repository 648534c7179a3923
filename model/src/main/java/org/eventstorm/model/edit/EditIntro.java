package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** Sets the text between a sticky's title and its first section. */
public record EditIntro(StickyId id, Markdown intro) implements Edit {
    public EditIntro {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intro, "intro");
    }

    @Override
    public String description(Board board) {
        return "Edit the introduction of " + Stickies.quoted(board, id);
    }

    @Override
    public void perform(EditSession session) {
        Sticky sticky = Stickies.require(session.board(), id);
        if (!intro.isSectionSafe()) {
            throw new EditRefused("The introduction cannot contain a level-2 heading or an unclosed code block or comment");
        }
        session.apply(new Change.StickyChange(id, sticky, sticky.withIntro(intro)));
    }
}
