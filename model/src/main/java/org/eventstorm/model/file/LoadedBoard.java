package org.eventstorm.model.file;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * A board read from its folder: the board, its files (for saving), and what was wrong with them. A file with
 * an error is not on the board and will not be written; the rest of the board is.
 */
public record LoadedBoard(Board board, BoardFiles files, List<Problem> problems) {
    public LoadedBoard {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The board as read, with what could not be read taken from {@code before} (the board as last read or saved): a
     * file that is there but broken (half written by an editor, left with merge conflict markers) is not a deletion,
     * and a board.yaml that cannot be read neither resets the settings nor moves every sticky.
     */
    public BoardSnapshot readableOver(BoardSnapshot before) {
        BoardSnapshot read = board.snapshot();
        UnreadableFiles unreadable = files.unreadable();
        Map<StickyId, Sticky> stickies = new TreeMap<>(read.stickies());
        Map<StickyId, Geometry> geometry = new TreeMap<>(read.geometry());
        for (StickyId id : unreadable.stickies()) {
            if (before.stickies().containsKey(id)) {
                stickies.put(id, before.stickies().get(id));
                if (before.geometry().containsKey(id)) {
                    geometry.put(id, before.geometry().get(id));
                }
            }
        }
        if (unreadable.boardYaml()) {
            stickies.keySet().stream().filter(before.geometry()::containsKey).forEach(id -> geometry.put(id, before.geometry().get(id)));
        }
        Map<DefinitionId, Definition> definitions = new TreeMap<>(read.definitions());
        for (DefinitionId id : unreadable.definitions()) {
            if (before.definitions().containsKey(id)) {
                definitions.put(id, before.definitions().get(id));
            }
        }
        return new BoardSnapshot(unreadable.boardYaml() ? before.settings() : read.settings(), stickies, geometry, definitions);
    }
}
