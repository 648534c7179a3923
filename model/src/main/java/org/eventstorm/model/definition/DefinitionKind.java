package org.eventstorm.model.definition;

import java.util.Optional;

/** The kinds of YAML definition a board holds, each in a folder of its own. */
public enum DefinitionKind {
    SAGA("sagas", "Saga"), STRATEGY("versioning", "Versioning strategy");

    private final String folder;
    private final String title;

    DefinitionKind(String folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    /** The board sub-folder holding this kind's files ({@code sagas}). */
    public String folder() {
        return folder;
    }

    /** The kind's name in messages. */
    public String title() {
        return title;
    }

    public static Optional<DefinitionKind> fromFolder(String folder) {
        for (DefinitionKind kind : values()) {
            if (kind.folder.equals(folder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
