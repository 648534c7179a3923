package org.eventstorm.model.validate;

/**
 * What a rule's verdict on a sticky depends on, so that after an edit only the rules whose inputs changed re-run.
 */
public enum Scope {
    /** The sticky alone: re-run when it changes. */
    SELF,
    /** The sticky and whether the names it writes exist: re-run when it changes or a sticky of a name it writes appears or goes. */
    OUTGOING,
    /** The sticky and the other stickies of its name: re-run when a sticky takes or leaves its name. */
    SAME_NAME,
    /** The sticky and the references others make to it: re-run when a sticky that names it changes its references. */
    INCOMING,
    /** The sticky and the board's settings (contexts, ...): re-run when the settings change. */
    SETTINGS
}
