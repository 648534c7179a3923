package org.eventstorm.model.definition;

/** A saga definition or a versioning strategy: immutable, like a sticky. */
public interface Definition {

    DefinitionKind kind();

    /** What it is called in lists and messages: the saga's name, the strategy's event and kind. */
    String title();
}
