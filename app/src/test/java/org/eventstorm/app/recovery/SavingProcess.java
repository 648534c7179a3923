package org.eventstorm.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.generate.RandomEdits;

/**
 * The process {@link CrashSafetyTest} kills: edits a board as fast as it can, keeping the recovery journal after every
 * edit and saving every few edits, as the app does, and says on standard output what it has finished, so the test
 * knows what must survive the kill.
 * <p>
 * Arguments: board folder, journal file, seed, edits between saves.
 */
public final class SavingProcess {
    private SavingProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path journal = Path.of(args[1]);
        RandomEdits edits = new RandomEdits(Long.parseLong(args[2]));
        int saveEvery = Integer.parseInt(args[3]);
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        BoardFiles files = loaded.files();
        warmUp(board);
        System.out.println("ready");
        for (int i = 1;; i++) {
            apply(board, edits);
            RecoveryJournal.of(board, files, Instant.now()).write(journal);
            System.out.println("journaled " + i);
            if (i % saveEvery == 0) {
                files.save(board);
                System.out.println("saved " + i);
                Files.deleteIfExists(journal);
            }
        }
    }

    /**
     * Saves the board and writes a journal once, elsewhere, before saying "ready": the code that writes is loaded by
     * then, so the kills land in the cycle of edits and saves the test is about, not in loading classes.
     */
    private static void warmUp(Board board) throws IOException {
        Path scratch = Files.createTempDirectory("saving-process-");
        BoardFiles.forNewBoard(scratch.resolve("board")).save(board);
        RecoveryJournal.of(board, BoardFiles.forNewBoard(scratch.resolve("board")), Instant.now()).write(scratch.resolve("journal"));
        try (var walk = Files.walk(scratch)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One random edit; a refused one is replaced by the next, as the replay in the test does. */
    static void apply(Board board, RandomEdits edits) {
        while (true) {
            try {
                board.apply(edits.next(board));
                return;
            } catch (EditRefused refused) {
                // The board is unchanged; try the next edit.
            }
        }
    }
}
