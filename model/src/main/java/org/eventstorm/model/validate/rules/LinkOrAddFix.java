package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Locale;
import org.eventstorm.model.edit.AddLinkedSticky;
import org.eventstorm.model.edit.LinkStickies;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.ValidationContext;

/** The fix for a missing link: link the sticky of that name when the board has one, else add it already linked. */
final class LinkOrAddFix {
    private LinkOrAddFix() {
    }

    /** An arrow from {@code id} to the {@code kind} named {@code name}. */
    static Fix to(ValidationContext context, StickyId id, StickyKind kind, String name) {
        return of(context, id, kind, name, true);
    }

    /** An arrow to {@code id} from the {@code kind} named {@code name}. */
    static Fix from(ValidationContext context, StickyId id, StickyKind kind, String name) {
        return of(context, id, kind, name, false);
    }

    private static Fix of(ValidationContext context, StickyId id, StickyKind kind, String name, boolean outgoing) {
        String word = kind == StickyKind.EVENT ? "event" : kind.title().toLowerCase(Locale.ROOT);
        List<StickyId> existing = context.board().named(kind, name);
        if (existing.isEmpty()) {
            return new Fix("Add " + word + " '" + name + "'", new AddLinkedSticky(id, kind.create(name), outgoing));
        }
        return outgoing
                ? new Fix("Link to " + word + " '" + name + "'", new LinkStickies(id, existing.get(0)))
                : new Fix("Link from " + word + " '" + name + "'", new LinkStickies(existing.get(0), id));
    }
}
