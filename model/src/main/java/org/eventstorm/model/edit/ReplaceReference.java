package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.link.Reference;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyContent;
import org.eventstorm.model.sticky.StickyId;

/**
 * Changes one name written in a reference field (a misspelled "Order Shiped" becomes "Order Shipped"), keeping its
 * note and emphasis. The name must still be written as {@code expected}, so a stale fix cannot clobber a newer edit.
 *
 * @param index the position of the name in its field (list item or entry; 0 for a single value)
 */
public record ReplaceReference(StickyId owner, Field field, int index, String expected, String newName) implements Edit {
    public ReplaceReference {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public String description(Board board) {
        return "Change '" + expected + "' to '" + newName + "' in " + Stickies.quoted(board, owner);
    }

    @Override
    public void perform(EditSession session) {
        Sticky sticky = Stickies.require(session.board(), owner);
        var written = ReferenceResolver.writtenNames(sticky, field);
        if (index < 0 || index >= written.size() || !Reference.parse(written.get(index)).name().equals(expected)) {
            throw new EditRefused("'" + field.label() + "' of " + Stickies.quoted(session.board(), owner)
                    + " no longer names '" + expected + "'");
        }
        try {
            StickyContent.requireValidName(newName);
        } catch (IllegalArgumentException e) {
            throw new EditRefused("The new name is not usable: " + e.getMessage());
        }
        String rewritten = Reference.parse(written.get(index)).renamedTo(newName.strip());
        session.apply(new Change.StickyChange(owner, sticky, ReferenceFields.rewrite(sticky, field, index, rewritten)));
    }
}
