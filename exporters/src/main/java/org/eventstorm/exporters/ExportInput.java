package org.eventstorm.exporters;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.sticky.StickyId;

/**
 * What every exporter reads: the board, its links (worked out once), the board's files as a save would write them,
 * and, for a picture of part of the board, the stickies chosen.
 */
public final class ExportInput {
    private final Board board;
    private final BoardFiles files;
    private final Set<StickyId> selection;
    private SortedMap<String, String> fileContents;
    private List<Link> links;

    private ExportInput(Board board, BoardFiles files, SortedMap<String, String> fileContents, Set<StickyId> selection) {
        this.board = Objects.requireNonNull(board, "board");
        this.files = files;
        this.fileContents = fileContents;
        this.selection = selection;
    }

    /** A board read from its folder: the spec export keeps every file's text. */
    public static ExportInput of(LoadedBoard loaded) {
        return new ExportInput(loaded.board(), loaded.files(), null, Set.of());
    }

    /** A board being edited, with the files it was read from. */
    public static ExportInput of(Board board, BoardFiles files) {
        return new ExportInput(board, files, null, Set.of());
    }

    /** A board that has no files (generated, or new). */
    public static ExportInput of(Board board) {
        return new ExportInput(board, null, null, Set.of());
    }

    /**
     * A copy of a board being edited, safe to export on another thread while editing goes on: the board's content and
     * its files' text are taken now, on the caller's thread.
     */
    public static ExportInput frozen(Board board, BoardFiles files) {
        var snapshot = board.snapshot();
        Board copy = Board.of(snapshot.settings(), snapshot.stickies(), snapshot.geometry());
        SortedMap<String, String> contents = files == null ? BoardFiles.canonicalContents(board) : files.contents(board);
        return new ExportInput(copy, null, new TreeMap<>(contents), Set.of());
    }

    /** The same input, showing only {@code ids} where a format can show part of a board (the picture). */
    public ExportInput withSelection(Collection<StickyId> ids) {
        ExportInput narrowed = new ExportInput(board, files, fileContents, Set.copyOf(new TreeSet<>(ids)));
        narrowed.links = links;
        return narrowed;
    }

    public Board board() {
        return board;
    }

    public Optional<BoardFiles> files() {
        return Optional.ofNullable(files);
    }

    /** The stickies chosen for a picture of part of the board; empty for the whole board. */
    public Set<StickyId> selection() {
        return selection;
    }

    /** Every link of the board. */
    public synchronized List<Link> links() {
        if (links == null) {
            links = BoardLinks.of(board);
        }
        return links;
    }

    /** The board's files by relative path, as a save into an empty folder would write them. */
    public synchronized SortedMap<String, String> boardFiles() {
        if (fileContents == null) {
            fileContents = files == null ? BoardFiles.canonicalContents(board) : files.contents(board);
        }
        return fileContents;
    }
}
