package org.eventstorm.model.board;

import java.util.List;
import org.eventstorm.model.board.NameLookup;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** Finds stickies by name; the board keeps this index up to date with every edit. */
@FunctionalInterface
public interface NameLookup {

    /** The stickies of {@code kind} whose name has the slug {@code key}, in id order. */
    List<StickyId> find(StickyKind kind, String key);
}
