package org.eventstorm.model.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * One validator rule: a stable id (used in output and in {@code board.yaml}'s {@code rules:}), a title, a default
 * severity, what its verdict depends on, and the check itself. Rules are stateless.
 */
public interface Rule extends RuleInfo {

    Scope scope();

    /**
     * True when a finding's fix depends on whether a sticky of a certain name exists ("link to 'Reserve Stock'" or
     * "add 'Reserve Stock'"). Such findings are re-checked when a sticky takes or leaves one of the names they
     * {@linkplain #sought sought}.
     */
    default boolean suggestsNames() {
        return false;
    }

    /** For a rule that {@link #suggestsNames()}: the name keys its findings on this sticky looked for. */
    default Set<String> sought(StickyId id, Sticky sticky, ValidationContext context) {
        return Set.of();
    }

    /**
     * Advice on one of this rule's findings that depends on the whole board (the nearest existing name ...); computed
     * on demand, so the live validator never has to keep it up to date.
     */
    default Optional<Advice> advise(Finding finding, ValidationContext context) {
        return Optional.empty();
    }

    /**
     * What this rule must check again when the board's naming conventions change from {@code before} to {@code after}
     * (the names' language, the event type style). Every rule's kept verdicts are re-graded then; only what this
     * answers is checked again.
     */
    default NamingRecheck onNamingChange(Naming before, Naming after) {
        return NamingRecheck.NOTHING;
    }

    /**
     * For a {@link Scope#SETTINGS} rule: the names in the board's settings its verdict on {@code sticky} reads (the
     * bounded context the sticky belongs to), as the keys {@link #settingsChanged} speaks of.
     */
    default Set<String> settingsRead(Sticky sticky) {
        return Set.of();
    }

    /**
     * For a {@link Scope#SETTINGS} rule: the keys whose meaning differs between the settings {@code before} and
     * {@code after}, so that only the stickies {@linkplain #settingsRead reading} one are checked again; empty when any
     * sticky's verdict may differ (then every sticky is).
     */
    default Optional<Set<String>> settingsChanged(BoardSettings before, BoardSettings after) {
        return Optional.empty();
    }

    /** The findings of this rule on one sticky; empty when it is fine or the rule does not apply to its kind. */
    List<Finding> check(StickyId id, Sticky sticky, ValidationContext context);
}
