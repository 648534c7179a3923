package org.eventstorm.model.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * What a save did: the files written and deleted (relative paths), and anything the person should know, such as
 * a file that could not be rewritten because it has errors.
 */
public record SaveResult(List<String> written, List<String> deleted, List<Problem> problems) {
    public SaveResult {
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    public boolean changedNothing() {
        return written.isEmpty() && deleted.isEmpty();
    }

    /**
     * What the files hold after this save of {@code saved}, given that they held {@code before}: the board saved,
     * except where the save left a file alone (a file that could not be read, or that another program changed).
     * A reload merges against this, so an edit that could not be saved is never taken for one already on disk.
     */
    public BoardSnapshot onDisk(BoardSnapshot before, BoardSnapshot saved) {
        Map<StickyId, Sticky> stickies = new TreeMap<>(saved.stickies());
        Map<StickyId, Geometry> geometry = new TreeMap<>(saved.geometry());
        Map<DefinitionId, Definition> definitions = new TreeMap<>(saved.definitions());
        BoardSettings settings = saved.settings();
        for (Problem problem : problems) {
            if (!problem.isError()) {
                continue;
            }
            String path = problem.path();
            if (path.equals(BoardYamlParser.FILE)) {
                settings = before.settings();
                geometry = new TreeMap<>(before.geometry());
                continue;
            }
            Optional<StickyId> sticky = path.endsWith(".md") ? StickyId.parse(path.substring(0, path.length() - 3)) : Optional.empty();
            sticky.ifPresent(id -> keep(id, before.stickies(), stickies));
            DefinitionId.parse(path).ifPresent(id -> keep(id, before.definitions(), definitions));
        }
        return new BoardSnapshot(settings, stickies, geometry, definitions);
    }

    private static <K, V> void keep(K key, Map<K, V> before, Map<K, V> now) {
        if (before.containsKey(key)) {
            now.put(key, before.get(key));
        } else {
            now.remove(key);
        }
    }
}
