package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.generate.RandomEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a board has unsaved edits is worked out change by change; it must always say what comparing the whole board
 * with its files says, through edits, undos, redos and saves.
 */
class UnsavedEditsTest {

    @Test
    void followingTheChangesSaysWhatComparingTheWholeBoardSays(@TempDir Path folder) throws Exception {
        LoadedBoard loaded = followed(folder, 300);
        Board board = loaded.board();
        BoardFiles files = loaded.files();
        RandomEdits edits = new RandomEdits(11);
        Random random = new Random(3);
        int dirty = 0;
        int clean = 0;
        for (int i = 0; i < 1500; i++) {
            int roll = random.nextInt(100);
            if (roll < 15) {
                board.undo();
            } else if (roll < 20) {
                board.redo();
            } else if (roll < 23) {
                files.save(board);
            } else {
                apply(board, edits);
            }
            boolean whole = !files.pendingPaths(board).isEmpty();
            assertEquals(whole, files.hasUnsavedChanges(board), "after step " + i);
            if (whole) {
                dirty++;
            } else {
                clean++;
            }
        }
        assertTrue(dirty > 100, "dirty " + dirty);
        assertTrue(clean > 10, "clean " + clean);
    }

    /** A generated board saved and read back, its files following its changes as the app's document makes them. */
    private static LoadedBoard followed(Path folder, int size) throws Exception {
        BoardFiles.forNewBoard(folder).save(new BoardGenerator(7).generate(size));
        LoadedBoard loaded = BoardReader.read(folder);
        loaded.board().addListener(change -> loaded.files().follow(loaded.board(), change));
        return loaded;
    }

    /** One random edit; a refused one (an arrow that is not there to remove) changes nothing: 0. */
    private static int apply(Board board, RandomEdits edits) {
        try {
            board.apply(edits.next(board));
            return 1;
        } catch (EditRefused refused) {
            return 0;
        }
    }

    @Test
    void anEditUndoneIsNoUnsavedEdit(@TempDir Path folder) throws Exception {
        LoadedBoard loaded = followed(folder, 50);
        Board board = loaded.board();
        BoardFiles files = loaded.files();
        assertFalse(files.hasUnsavedChanges(board));
        RandomEdits edits = new RandomEdits(5);
        int applied = 0;
        while (!files.hasUnsavedChanges(board)) {
            applied += apply(board, edits);
        }
        for (int i = 0; i < applied; i++) {
            board.undo();
        }
        assertFalse(files.hasUnsavedChanges(board));
    }
}
