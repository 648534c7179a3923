package org.eventstorm.model.edit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** Removes an arrow: the name of the other sticky leaves the field that recorded the link. */
public record UnlinkStickies(StickyId from, StickyId to) implements Edit {
    public UnlinkStickies {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String description(Board board) {
        return "Unlink " + Stickies.quoted(board, from) + " from " + Stickies.quoted(board, to);
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        Stickies.require(board, from);
        Stickies.require(board, to);
        LinkRule rule = LinkRule.between(from.kind(), to.kind()).orElseThrow(
                () -> new EditRefused("There is no arrow from " + Stickies.quoted(board, from) + " to " + Stickies.quoted(board, to)));
        StickyId ownerId = rule.ownerEnd() == LinkRule.End.SOURCE ? from : to;
        StickyId otherId = ownerId.equals(from) ? to : from;
        Sticky owner = board.get(ownerId);
        List<ResolvedReference> references = new ReferenceResolver(board).referencesOf(ownerId, owner).stream().filter(
                reference -> reference.rule() == rule && reference.targets().contains(otherId)).sorted(
                        Comparator.comparingInt(ResolvedReference::index).reversed()).toList();
        if (references.isEmpty()) {
            throw new EditRefused("There is no arrow from " + Stickies.quoted(board, from) + " to " + Stickies.quoted(board, to));
        }
        for (ResolvedReference reference : references) {
            if (reference.isImplied()) {
                throw new EditRefused("The arrow from " + Stickies.quoted(board, from) + " to " + Stickies.quoted(board, to) + " comes from the line '"
                        + reference.reference().written().strip() + "' in its " + reference.field().label()
                        + " section; change that line to remove it");
            }
        }
        Sticky updated = owner;
        for (ResolvedReference reference : references) {
            updated = ReferenceFields.remove(updated, reference.field(), reference.index());
        }
        session.apply(new Change.StickyChange(ownerId, owner, updated));
    }
}
