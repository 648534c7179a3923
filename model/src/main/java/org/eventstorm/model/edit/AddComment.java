package org.eventstorm.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** Adds a comment at the end of a sticky's Comments section (made when it is the first): one undo step. */
public record AddComment(StickyId id, Comment comment) implements Edit {
    public AddComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public String description(Board board) {
        return "Comment on " + Stickies.quoted(board, id);
    }

    @Override
    public void perform(EditSession session) {
        Sticky sticky = Stickies.require(session.board(), id);
        if (comment.text().isEmpty()) {
            throw new EditRefused("Write the comment first");
        }
        List<String> items = new ArrayList<>(sticky.content().markdown(Field.COMMENTS).items());
        items.add(comment.item());
        session.apply(new Change.StickyChange(id, sticky, sticky.with(Field.COMMENTS, Markdown.list(items))));
    }
}
