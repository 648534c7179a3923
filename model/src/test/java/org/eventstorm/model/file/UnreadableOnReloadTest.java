package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.SnapshotMerge;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is there but cannot be read when the board is reloaded (an editor half way through writing it, merge
 * conflict markers from git) is not taken for a deletion, the edits made here to its sticky are kept, and no save
 * writes over it until it can be read again.
 */
class UnreadableOnReloadTest {
    private static final StickyId PLACED = StickyId.parse("events/order-placed").orElseThrow();
    private static final String CONFLICTED = "<<<<<<< HEAD\n---\ntype: event-storming-event\n=======\n---\n>>>>>>> other\n";

    @TempDir
    Path temp;

    @Test
    void aBrokenStickyIsNotADeletionAndIsNotSavedOver() throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        LoadedBoard opened = BoardReader.read(folder);
        BoardSnapshot onDisk = opened.board().snapshot();
        Board board = opened.board();
        board.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("when the basket is paid")));

        Files.writeString(folder.resolve("events/order-placed.md"), CONFLICTED);
        LoadedBoard fresh = BoardReader.read(folder);
        assertTrue(fresh.files().unreadable().stickies().contains(PLACED));
        BoardSnapshot theirs = fresh.readableOver(onDisk);
        assertEquals(onDisk.stickies().get(PLACED), theirs.stickies().get(PLACED), "the broken file counts as unchanged");
        assertEquals(onDisk.geometry().get(PLACED), theirs.geometry().get(PLACED));

        SnapshotMerge merge = SnapshotMerge.of(onDisk, board.snapshot(), theirs);
        assertEquals(0, merge.conflicts().size());
        BoardSnapshot merged = merge.resolve(java.util.Set.of());
        assertEquals(board.get(PLACED), merged.stickies().get(PLACED), "the edit made here stays");

        board.replaceAll(merged, "Reload");
        SaveResult result = fresh.files().save(board);
        assertEquals(CONFLICTED, Files.readString(folder.resolve("events/order-placed.md")), "the broken file is not saved over");
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("events/order-placed.md") && p.isError()
                && p.message().startsWith("could not be read, so the edits made to it here are not saved over")), result.toString());
        BoardSnapshot afterSave = result.onDisk(theirs, board.snapshot());
        assertEquals(onDisk.stickies().get(PLACED), afterSave.stickies().get(PLACED),
                "what the disk holds is still the old sticky, so a later reload cannot take the edit for saved");
    }

    @Test
    void aBrokenStickyNotEditedHereIsNotAnUnsavedEdit() throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        LoadedBoard opened = BoardReader.read(folder);
        BoardSnapshot onDisk = opened.board().snapshot();
        Board board = opened.board();
        Files.writeString(folder.resolve("events/order-placed.md"), CONFLICTED);

        LoadedBoard fresh = BoardReader.read(folder);
        BoardSnapshot theirs = fresh.readableOver(onDisk);
        board.replaceAll(SnapshotMerge.of(onDisk, board.snapshot(), theirs).resolve(java.util.Set.of()), "Reload");
        fresh.files().assumeUnreadableHold(theirs);
        assertTrue(board.contains(PLACED), "the sticky stays on the board while its file is broken");
        assertEquals(java.util.List.of(), fresh.files().pendingPaths(board), "and it is not an unsaved edit");
        board.apply(new org.eventstorm.model.edit.RemoveSticky(PLACED));
        SaveResult result = fresh.files().save(board);
        assertEquals(CONFLICTED, Files.readString(folder.resolve("events/order-placed.md")), "deleting it here does not delete the file");
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("events/order-placed.md")
                && p.message().startsWith("could not be read, so it is not deleted")), result.toString());
    }

    @Test
    void aBrokenBoardYamlKeepsTheSettingsAndThePlaces() throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        LoadedBoard opened = BoardReader.read(folder);
        BoardSnapshot onDisk = opened.board().snapshot();
        Board board = opened.board();
        board.apply(new MoveSticky(PLACED, new Geometry(0, 0, 160, 100)));
        String yaml = Files.readString(folder.resolve("board.yaml"));
        Files.writeString(folder.resolve("board.yaml"), yaml.substring(0, yaml.length() / 2) + "\n<<<<<<< HEAD\n");

        LoadedBoard fresh = BoardReader.read(folder);
        assertTrue(fresh.files().unreadable().boardYaml());
        BoardSnapshot theirs = fresh.readableOver(onDisk);
        assertEquals(onDisk.settings(), theirs.settings());
        assertEquals(onDisk.geometry(), theirs.geometry(), "no sticky moves because board.yaml is broken");
        BoardSnapshot merged = SnapshotMerge.of(onDisk, board.snapshot(), theirs).resolve(java.util.Set.of());
        assertEquals(new Geometry(0, 0, 160, 100), merged.geometry().get(PLACED), "the move made here stays");
    }
}
