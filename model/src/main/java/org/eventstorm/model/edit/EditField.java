package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Sets one field of a sticky. An empty value removes a front-matter key and empties a section. The name is
 * changed with {@link RenameSticky}, which also rewrites references; the type cannot be edited.
 */
public record EditField(StickyId id, Field field, FieldValue value) implements Edit {
    public EditField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String description(Board board) {
        return "Edit " + field.label() + " of " + Stickies.quoted(board, id);
    }

    @Override
    public void perform(EditSession session) {
        Sticky sticky = Stickies.require(session.board(), id);
        if (field == Field.NAME) {
            throw new EditRefused("Rename the sticky instead, so that every reference to it follows");
        }
        if (field == Field.TYPE) {
            throw new EditRefused("The type follows the kind of sticky and cannot be edited");
        }
        if (!sticky.kind().has(field)) {
            throw new EditRefused("A " + sticky.kind().title() + " has no '" + field.label() + "'");
        }
        if (!field.accepts(value)) {
            throw new EditRefused("'" + field.label() + "' cannot hold " + value.getClass().getSimpleName());
        }
        if (value instanceof Markdown markdown && !markdown.isSectionSafe()) {
            throw new EditRefused("'" + field.label() + "' cannot contain a level-2 heading or an unclosed code block or comment;"
                    + " use ### for sub-headings and close every ``` fence");
        }
        session.apply(new Change.StickyChange(id, sticky, sticky.with(field, value)));
    }
}
