package org.eventstorm.model.file;

import java.util.List;

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
}
