package org.eventstorm.model.file;

import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;

/** A saga or strategy as a new file writes it, in the feature spec's layout: for exports of definitions not yet saved. */
public final class DefinitionText {
    private DefinitionText() {
    }

    /**
     * @param feature the board's SpecKit feature id, for the opening comment that names where the file lives
     */
    public static String of(DefinitionId id, Definition definition, String feature) {
        return DefinitionFiles.write(id, definition, null, feature);
    }
}
