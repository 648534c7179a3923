package org.eventstorm.model.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.Reference;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Draws an arrow from one sticky to another by writing the target's name into the field the grammar names
 * ({@link LinkRule}); a single-valued field (a command's actor) is replaced. Pairs the grammar forbids are
 * refused with a message naming what is allowed.
 */
public record LinkStickies(StickyId from, StickyId to) implements Edit {
    public LinkStickies {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String description(Board board) {
        return "Link " + Stickies.quoted(board, from) + " to " + Stickies.quoted(board, to);
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        Stickies.require(board, from);
        Stickies.require(board, to);
        if (from.equals(to)) {
            throw new EditRefused("A sticky cannot point at itself");
        }
        LinkRule rule = LinkRule.between(from.kind(), to.kind()).orElseThrow(() -> new EditRefused(LinkRule.refusal(from.kind(), to.kind())));
        StickyId ownerId = rule.ownerEnd() == LinkRule.End.SOURCE ? from : to;
        StickyId otherId = ownerId.equals(from) ? to : from;
        Sticky owner = board.get(ownerId);
        ReferenceResolver resolver = new ReferenceResolver(board);
        boolean linked = resolver.referencesOf(ownerId, owner).stream().anyMatch(
                reference -> reference.rule() == rule && reference.targets().contains(otherId));
        if (linked) {
            return;
        }
        String written = nameFor(board, resolver, rule, otherId);
        session.apply(new Change.StickyChange(ownerId, owner, ReferenceFields.add(owner, rule.field(), written)));
    }

    /** The sticky's name, with its kind in parentheses when the name alone would find another sticky too. */
    private static String nameFor(Board board, ReferenceResolver resolver, LinkRule rule, StickyId target) {
        String name = board.get(target).name();
        if (resolver.resolve(rule, Reference.parse(name)).equals(List.of(target))) {
            return name;
        }
        return name + " (" + target.kind().title().toLowerCase(Locale.ROOT) + ")";
    }
}
