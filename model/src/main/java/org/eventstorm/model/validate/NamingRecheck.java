package org.eventstorm.model.validate;

import org.eventstorm.model.board.Naming;

/** What a change of the board's naming conventions ({@code language:}, {@code event_types:}) makes a rule check again. */
public enum NamingRecheck {
    /** Nothing: the rule does not read them, its kept verdicts are only re-graded. */
    NOTHING,
    /**
     * The stickies the rule has findings on: the conventions shape only the fixes its findings offer (the English name
     * of the event a command would produce), never whether there is a finding.
     */
    STICKIES_WITH_FINDINGS,
    /** Every sticky: the conventions decide whether the rule finds anything. */
    EVERY_STICKY;

    /**
     * For a rule whose findings offer a name in English (the event a command would produce): a new language changes
     * those fixes, so the stickies it has findings on are checked again; a new event type style changes nothing.
     */
    public static NamingRecheck ofEnglishFixes(Naming before, Naming after) {
        return before.language().equals(after.language()) ? NOTHING : STICKIES_WITH_FINDINGS;
    }
}
