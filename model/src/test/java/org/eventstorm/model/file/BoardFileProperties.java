package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.constraints.IntRange;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.generate.RandomEdits;

/** Properties of board files on generated boards and random edits. */
class BoardFileProperties {
    private Path temp;

    @BeforeTry
    void makeFolder() throws IOException {
        temp = Files.createTempDirectory("eventstorm-property");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 40)
    void saveThenLoadGivesAnEqualModel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 150) int size) throws IOException {
        Board board = new BoardGenerator(seed).generate(size);
        BoardFiles.forNewBoard(temp.resolve("board")).save(board);
        LoadedBoard loaded = BoardReader.read(temp.resolve("board"));
        assertEquals(List.of(), loaded.problems());
        assertEquals(board.snapshot(), loaded.board().snapshot());
        assertEquals(List.of(), loaded.files().format(loaded.board(), false), "what the tool writes is canonical");
    }

    @Property(tries = 60)
    void editsThenSaveThenLoadGiveTheEditedModel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int edits) throws IOException {
        Path folder = temp.resolve("board");
        BoardFiles.forNewBoard(folder).save(new BoardGenerator(seed).generate(30));
        LoadedBoard loaded = BoardReader.read(folder);
        applyRandomEdits(loaded.board(), seed, edits);
        SaveResult result = loaded.files().save(loaded.board());
        assertEquals(List.of(), result.problems());
        LoadedBoard again = BoardReader.read(folder);
        assertEquals(List.of(), again.problems());
        assertEquals(loaded.board().snapshot(), again.board().snapshot());
    }

    @Property(tries = 60)
    void randomEditsThenUndoAllGiveTheOriginalModelAndBytes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int edits) throws IOException {
        Path folder = temp.resolve("board");
        BoardFiles.forNewBoard(folder).save(new BoardGenerator(seed).generate(30));
        Map<String, String> bytes = BoardFolders.contents(folder);
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        BoardSnapshot original = board.snapshot();
        applyRandomEdits(board, seed, edits);
        while (board.canUndo()) {
            board.undo();
        }
        assertEquals(original, board.snapshot());
        assertTrue(loaded.files().save(board).changedNothing());
        assertEquals(bytes, BoardFolders.contents(folder));
    }

    static void applyRandomEdits(Board board, long seed, int count) {
        RandomEdits random = new RandomEdits(seed);
        for (int i = 0; i < count; i++) {
            try {
                board.apply(random.next(board));
            } catch (EditRefused refused) {
                // Refusals are part of the game: the board must be unchanged by them, which the undo property checks.
            } catch (IllegalArgumentException invalid) {
                throw new UncheckedIOException(new IOException("edit " + i + " was invalid: " + invalid.getMessage(), invalid));
            }
        }
    }
}
