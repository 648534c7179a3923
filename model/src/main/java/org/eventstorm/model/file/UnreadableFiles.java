package org.eventstorm.model.file;

import java.util.Set;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyId;

/**
 * The files of a board that are there but could not be read (broken YAML, half written by an editor, a link): the
 * tool neither writes nor deletes them, and a reload does not take them for deletions.
 *
 * @param stickies    sticky files that could not be read
 * @param definitions saga and strategy files that could not be read
 * @param boardYaml   whether board.yaml is there but could not be read
 */
public record UnreadableFiles(Set<StickyId> stickies, Set<DefinitionId> definitions, boolean boardYaml) {
    public static final UnreadableFiles NONE = new UnreadableFiles(Set.of(), Set.of(), false);

    public UnreadableFiles {
        stickies = Set.copyOf(stickies);
        definitions = Set.copyOf(definitions);
    }
}
