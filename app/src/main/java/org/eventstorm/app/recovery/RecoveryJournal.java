package org.eventstorm.app.recovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.AtomicFiles;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.PendingFiles;

/**
 * The edits of one board not yet saved, as the files a save would write and delete, kept on disk so a crash or a kill
 * loses at most the last moment of work. One JSON file, replaced atomically on each write.
 *
 * @param board   the board folder the edits belong to; null for a board never saved
 * @param title   the board's title, to name it when offering it back
 * @param written when the journal was last written (ISO 8601, UTC)
 * @param files   file text by path relative to the board folder (for an untitled board: every file)
 * @param deleted paths a save would delete
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryJournal(String board, String title, String written, SortedMap<String, String> files, List<String> deleted) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RecoveryJournal {
        files = files == null ? new TreeMap<>() : new TreeMap<>(files);
        deleted = deleted == null ? List.of() : List.copyOf(deleted);
    }

    /** The journal of {@code board}'s unsaved edits: what a save through {@code files} (null for a new board) would write. */
    public static RecoveryJournal of(Board board, BoardFiles files, Instant now) {
        String title = board.settings().title();
        if (files == null) {
            return new RecoveryJournal(null, title, now.toString(), BoardFiles.canonicalContents(board), List.of());
        }
        PendingFiles pending = files.pending(board);
        return new RecoveryJournal(files.root().toString(), title, now.toString(), pending.written(), pending.deleted());
    }

    public static RecoveryJournal read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), RecoveryJournal.class);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, JSON.writeValueAsBytes(this));
    }

    /** How many files the journal changes, for telling the person. */
    public int changedFiles() {
        return files.size() + deleted.size();
    }
}
