package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyId;

/**
 * What a save would write and delete now, worked out in one comparison of the board with what its files last held:
 * the unsaved mark, the recovery journal and the save itself all read it, so they cannot disagree.
 *
 * @param stickies    changed or new stickies, in id order
 * @param gone        stickies whose files are to be deleted, with what those files held (a renamed sticky keeps the
 *                    unchanged parts of its old file's text)
 * @param definitions changed or new sagas and strategies
 * @param goneDefinitions sagas and strategies whose files are to be deleted
 * @param boardYaml   whether the settings or the places changed
 */
record SavePlan(List<StickyId> stickies, Map<StickyId, BoardFiles.Stored> gone, List<DefinitionId> definitions,
        List<DefinitionId> goneDefinitions, boolean boardYaml) {

    boolean isEmpty() {
        return stickies.isEmpty() && gone.isEmpty() && definitions.isEmpty() && goneDefinitions.isEmpty() && !boardYaml;
    }

    /** The relative paths written or deleted, in path order. */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        stickies.forEach(id -> paths.add(id.fileName()));
        gone.keySet().forEach(id -> paths.add(id.fileName()));
        definitions.forEach(id -> paths.add(id.path()));
        goneDefinitions.forEach(id -> paths.add(id.path()));
        if (boardYaml) {
            paths.add(BoardYamlParser.FILE);
        }
        paths.sort(null);
        return paths;
    }
}
