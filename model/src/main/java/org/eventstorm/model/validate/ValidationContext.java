package org.eventstorm.model.validate;

import java.time.LocalDate;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.StickyId;

/** What a rule may look at beyond the sticky it checks. */
public interface ValidationContext {

    Board board();

    ReferenceResolver resolver();

    /** The references {@code id}'s fields make, resolved; remembered for the rest of this validation pass. */
    List<ResolvedReference> references(StickyId id);

    /** The references other stickies make that resolve to {@code target}. */
    List<ResolvedReference> incoming(StickyId target);

    /** The day the validation is for: sunset dates are compared with it. */
    LocalDate today();
}
