package org.eventstorm.model.file;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a save would do now, as text: the files it would write with their new content, and the files it would delete,
 * by path relative to the board folder. A recovery journal keeps exactly this.
 */
public record PendingFiles(SortedMap<String, String> written, List<String> deleted) {
    public PendingFiles {
        written = new TreeMap<>(written);
        deleted = List.copyOf(deleted);
    }

    public boolean isEmpty() {
        return written.isEmpty() && deleted.isEmpty();
    }
}
