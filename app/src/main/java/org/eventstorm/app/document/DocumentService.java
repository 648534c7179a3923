package org.eventstorm.app.document;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.validate.RuleSet;

/** Opens boards for the app: from a folder, empty, or from a template; remembers recent ones. */
public final class DocumentService {
    private final RecentBoards recent;
    private final RuleSet rules;
    private final Clock clock;

    @Inject
    public DocumentService(RecentBoards recent, RuleSet rules, Clock clock) {
        this.recent = recent;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Opens the board in {@code folder}. A malformed file does not stop it: the board opens without that file and
     * the document lists the problem.
     *
     * @throws IOException when the folder cannot be read at all
     */
    public BoardDocument open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        LoadedBoard loaded = BoardReader.read(folder);
        recent.remember(folder);
        return BoardDocument.opened(folder, loaded, rules, clock);
    }

    /** A new untitled board for a big-picture workshop, where every event storm starts (as {@code eventstorm new} makes). */
    public BoardDocument newEmpty() {
        return newEmpty(Level.BIG_PICTURE);
    }

    /** A new untitled board at {@code level}. */
    public BoardDocument newEmpty(Level level) {
        return BoardDocument.untitled(Board.empty(BoardSettings.titled("Untitled Board").withLevel(level)), rules, clock);
    }

    /** A new untitled board holding a copy of a template's stickies. */
    public BoardDocument fromTemplate(String template) throws IOException {
        Board board = BoardTemplates.load(template).board();
        var snapshot = board.snapshot();
        return BoardDocument.untitled(Board.of(snapshot.settings(), snapshot.stickies(), snapshot.geometry()), rules, clock);
    }

    /** A new untitled board holding a snapshot's content (a recovered board that was never saved). */
    public BoardDocument fromSnapshot(BoardSnapshot snapshot) {
        return BoardDocument.untitled(Board.of(snapshot.settings(), snapshot.stickies(), snapshot.geometry(), snapshot.definitions()), rules, clock);
    }

    /**
     * The sample board, in the person's boards folder ({@code ~/EventStorm}, or {@code -Deventstorm.boards}): copied
     * there from the app the first time (the installed app's own files are read-only), and as it was left after that.
     */
    public Path sampleFolder() throws IOException {
        Path boards = Path.of(System.getProperty("eventstorm.boards", Path.of(System.getProperty("user.home"), "EventStorm").toString()));
        Path folder = boards.resolve(BoardTemplates.SAMPLES.get("order"));
        for (int n = 2; Files.exists(folder) && !Files.isRegularFile(folder.resolve("board.yaml")); n++) {
            folder = boards.resolve(BoardTemplates.SAMPLES.get("order") + "-" + n);
        }
        if (!Files.exists(folder)) {
            BoardFiles.forNewBoard(folder).save(BoardTemplates.load("order").board());
        }
        return folder;
    }

    public RecentBoards recent() {
        return recent;
    }

    public void remember(Path folder) {
        recent.remember(folder);
    }
}
