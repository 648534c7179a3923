package org.eventstorm.exporters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;

/** What every exporter reads: the board, its links (worked out once) and, when it came from files, how they were written. */
public final class ExportInput {
    private final Board board;
    private final BoardFiles files;
    private List<Link> links;

    private ExportInput(Board board, BoardFiles files) {
        this.board = Objects.requireNonNull(board, "board");
        this.files = files;
    }

    /** A board read from its folder: the spec export keeps every file's text. */
    public static ExportInput of(LoadedBoard loaded) {
        return new ExportInput(loaded.board(), loaded.files());
    }

    /** A board being edited, with the files it was read from. */
    public static ExportInput of(Board board, BoardFiles files) {
        return new ExportInput(board, files);
    }

    /** A board that has no files (generated, or new). */
    public static ExportInput of(Board board) {
        return new ExportInput(board, null);
    }

    public Board board() {
        return board;
    }

    public Optional<BoardFiles> files() {
        return Optional.ofNullable(files);
    }

    /** Every link of the board. */
    public List<Link> links() {
        if (links == null) {
            links = BoardLinks.of(board);
        }
        return links;
    }

    /** The board's files by relative path, as a save into an empty folder would write them. */
    public SortedMap<String, String> boardFiles() {
        return files == null ? BoardFiles.canonicalContents(board) : files.contents(board);
    }
}
