package org.eventstorm.model.definition;

import org.eventstorm.model.sticky.StickyKind;

/** A saga definition or a versioning strategy: immutable, like a sticky. */
public interface Definition {

    DefinitionKind kind();

    /** What it is called in lists and messages: the saga's name, the strategy's event and kind. */
    String title();

    /**
     * This definition after a sticky of {@code kind} named {@code oldName} is renamed to {@code newName}: every name it
     * writes for that sticky follows, in the same style; itself when it names no such sticky.
     */
    default Definition renamed(StickyKind kind, String oldName, String newName) {
        return this;
    }
}
