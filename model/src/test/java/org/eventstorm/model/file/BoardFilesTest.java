package org.eventstorm.model.file;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.generate.RandomEdits;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardFilesTest {
    @TempDir
    Path temp;
    Path folder;
    LoadedBoard loaded;
    Board board;
    Map<String, String> before;

    @BeforeEach
    void copySample() throws IOException {
        folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        loaded = BoardReader.read(folder);
        board = loaded.board();
        before = BoardFolders.contents(folder);
    }

    private Set<String> changedFiles() {
        return BoardFolders.changed(before, BoardFolders.contents(folder));
    }

    @Test
    void anUntouchedBoardSavesNothing() throws IOException {
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertFalse(loaded.files().hasUnsavedChanges(board));
        SaveResult result = loaded.files().save(board);
        assertTrue(result.changedNothing());
        assertEquals(before, BoardFolders.contents(folder));
    }

    @Test
    void oneEditRewritesOneFileAndOnlyItsLines() throws IOException {
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("when payment clears")));
        assertEquals(List.of("events/order-placed.md"), loaded.files().pendingPaths(board));
        SaveResult result = loaded.files().save(board);
        assertEquals(List.of("events/order-placed.md"), result.written());
        assertEquals(Set.of("events/order-placed.md"), changedFiles());
        String edited = Files.readString(folder.resolve("events/order-placed.md"));
        assertEquals(before.get("events/order-placed.md").replace("timestamp: when customer completes checkout", "timestamp: when payment clears"), edited);
        assertFalse(loaded.files().hasUnsavedChanges(board));
    }

    @Test
    void pendingFilesHoldExactlyWhatTheSaveThenWrites() throws IOException {
        board.apply(new RenameSticky(id("events/order-placed"), "Order Submitted"));
        board.apply(new MoveSticky(id("events/order-submitted"), new Geometry(2060, 390, 170, 110)));
        PendingFiles pending = loaded.files().pending(board);
        assertEquals(List.of("events/order-placed.md"), pending.deleted());
        assertEquals(loaded.files().pendingPaths(board).stream().filter(path -> !pending.deleted().contains(path)).toList(),
                List.copyOf(pending.written().keySet()));
        assertEquals(before, BoardFolders.contents(folder), "asking writes nothing");
        loaded.files().save(board);
        for (var entry : pending.written().entrySet()) {
            assertEquals(entry.getValue(), Files.readString(folder.resolve(entry.getKey())), entry.getKey());
        }
        assertTrue(loaded.files().pending(board).isEmpty());
    }

    @Test
    void theUnsavedMarkTheJournalAndTheSaveReadOnePlanThroughRandomEdits() throws IOException {
        RandomEdits edits = new RandomEdits(2026);
        for (int i = 1; i <= 200; i++) {
            try {
                board.apply(edits.next(board));
            } catch (EditRefused refused) {
                // the grammar refuses some random links: no edit, nothing to save
            }
            if (i % 10 != 0) {
                continue;
            }
            PendingFiles pending = loaded.files().pending(board);
            List<String> paths = loaded.files().pendingPaths(board);
            assertEquals(!paths.isEmpty(), loaded.files().hasUnsavedChanges(board), "after " + i + " edits");
            SaveResult saved = loaded.files().save(board);
            assertEquals(List.of(), saved.problems(), "after " + i + " edits");
            assertEquals(new TreeSet<>(paths), new TreeSet<>(union(saved.written(), saved.deleted())), "after " + i + " edits");
            assertEquals(List.copyOf(pending.written().keySet()), saved.written().stream().sorted().toList(), "after " + i + " edits");
            for (var entry : pending.written().entrySet()) {
                assertEquals(entry.getValue(), Files.readString(folder.resolve(entry.getKey())), entry.getKey());
            }
            assertFalse(loaded.files().hasUnsavedChanges(board), "saved after " + i + " edits");
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aFileAnotherProgramChangedIsNotSavedOverAndTheEditStaysUnsaved() throws IOException {
        Path placed = folder.resolve("events/order-placed.md");
        String theirs = before.get("events/order-placed.md").replace("timestamp: when customer completes checkout", "timestamp: pulled");
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("here")));
        board.apply(new EditField(id("events/order-shipped"), Field.TIMESTAMP, Text.of("here too")));
        Files.writeString(placed, theirs);

        SaveResult result = loaded.files().save(board);
        assertEquals(theirs, Files.readString(placed), "the outside change is left as it was written");
        assertEquals(List.of("events/order-shipped.md"), result.written(), "the other edit is saved");
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).toString().startsWith("events/order-placed.md:"), result.problems().toString());
        assertTrue(result.problems().get(0).toString().contains("changed on disk by another program"));
        assertEquals(List.of("events/order-placed.md"), loaded.files().pendingPaths(board), "the edit made here is still unsaved");
    }

    @Test
    void filesMadeOrRemovedOutsideAreNotWrittenOverOrDeletedEither() throws IOException {
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Audited"), new Geometry(100, 100, 160, 100)));
        Files.writeString(folder.resolve("events/order-audited.md"), "written by someone else\n");
        board.apply(new RemoveSticky(id("events/order-shipped")));
        Files.delete(folder.resolve("events/order-shipped.md"));
        Files.writeString(folder.resolve("events/order-shipped.md"), "replaced outside\n");

        SaveResult result = loaded.files().save(board);
        assertEquals("written by someone else\n", Files.readString(folder.resolve("events/order-audited.md")));
        assertEquals("replaced outside\n", Files.readString(folder.resolve("events/order-shipped.md")));
        assertEquals(2, result.problems().stream().filter(problem -> problem.toString().contains("changed on disk")).count(), result.problems().toString());
    }

    @Test
    void theFolderWatcherCanTellItsOwnSavesFromOutsideChanges() throws IOException {
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("saved here")));
        loaded.files().save(board);
        assertTrue(loaded.files().isAsLeft("events/order-placed.md"), "written by this tool");
        assertTrue(loaded.files().isAsLeft("events/.order-placed.md.123.tmp"), "a file it never saw and that is gone");
        Files.writeString(folder.resolve("events/order-placed.md"), "edited elsewhere\n");
        assertFalse(loaded.files().isAsLeft("events/order-placed.md"));
        Files.writeString(folder.resolve("events/new-one.md"), "made elsewhere\n");
        assertFalse(loaded.files().isAsLeft("events/new-one.md"));
    }

    @Test
    void itsOwnSavesAreNotMistakenForOutsideChanges() throws IOException {
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("first")));
        assertTrue(loaded.files().save(board).problems().isEmpty());
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("second")));
        board.apply(new RenameSticky(id("events/order-placed"), "Order Submitted"));
        SaveResult again = loaded.files().save(board);
        assertTrue(again.problems().isEmpty(), again.problems().toString());
        assertTrue(Files.readString(folder.resolve("events/order-submitted.md")).contains("timestamp: second"));
    }

    @Test
    void movingAStickyRewritesOneLineOfBoardYaml() throws IOException {
        board.apply(new MoveSticky(id("events/order-placed"), new Geometry(2060, 390, 170, 110)));
        loaded.files().save(board);
        assertEquals(Set.of("board.yaml"), changedFiles());
        List<String> beforeLines = before.get("board.yaml").lines().toList();
        List<String> afterLines = Files.readString(folder.resolve("board.yaml")).lines().toList();
        assertEquals(beforeLines.size(), afterLines.size());
        long differing = java.util.stream.IntStream.range(0, beforeLines.size()).filter(i -> !beforeLines.get(i).equals(afterLines.get(i))).count();
        assertEquals(1, differing);
        assertTrue(afterLines.contains("  events/order-placed: {x: 2060, y: 390, w: 170, h: 110}"));
    }

    @Test
    void renameMovesTheFileAndRewritesTheReferencingFiles() throws IOException {
        board.apply(new RenameSticky(id("events/order-placed"), "Order Submitted"));
        SaveResult result = loaded.files().save(board);
        assertEquals(List.of("events/order-placed.md"), result.deleted());
        assertEquals(Set.of("events/order-placed.md", "events/order-submitted.md", "board.yaml", "commands/place-order.md",
                "aggregates/order.md", "policies/reserve-inventory.md", "read-models/order-status.md", "sagas/order-fulfillment-saga.yml"),
                changedFiles());
        assertEquals(before.get("sagas/order-fulfillment-saga.yml").replace("trigger_event: OrderPlaced", "trigger_event: OrderSubmitted"),
                Files.readString(folder.resolve("sagas/order-fulfillment-saga.yml")), "the saga's trigger follows, in the DSL's form, in place");
        assertFalse(Files.exists(folder.resolve("events/order-placed.md")));
        assertEquals(before.get("events/order-placed.md").replace("Order Placed", "Order Submitted"),
                Files.readString(folder.resolve("events/order-submitted.md")));
        assertEquals(before.get("commands/place-order.md").replace("- Order Placed (success case)", "- Order Submitted (success case)"),
                Files.readString(folder.resolve("commands/place-order.md")));
    }

    @Test
    void undoingEveryEditBeforeSavingSavesNothing() throws IOException {
        board.apply(new RenameSticky(id("events/order-placed"), "Order Submitted"));
        board.apply(new RemoveSticky(id("commands/confirm-order")));
        board.undo();
        board.undo();
        assertFalse(loaded.files().hasUnsavedChanges(board));
        assertTrue(loaded.files().save(board).changedNothing());
        assertEquals(before, BoardFolders.contents(folder));
    }

    @Test
    void addedAndRemovedStickiesAddAndDeleteFiles() throws IOException {
        board.apply(AddSticky.at(StickyKind.HOTSPOT.create("Refund Timing"), new Geometry(40, 1800, 170, 110)));
        board.apply(new RemoveSticky(id("events/order-confirmed")));
        loaded.files().save(board);
        assertEquals(Set.of("hotspots/refund-timing.md", "events/order-confirmed.md", "board.yaml"), changedFiles());
        assertFalse(Files.exists(folder.resolve("events/order-confirmed.md")));
        assertTrue(Files.readString(folder.resolve("hotspots/refund-timing.md")).startsWith("---\ntype: event-storming-hotspot\nname: Refund Timing\n"));
        assertEquals(board.snapshot(), BoardReader.read(folder).board().snapshot());
    }

    @Test
    void settingsChangesRewriteOnlyTheirKeys() throws IOException {
        board.apply(new EditSettings(board.settings().withTitle("Checkout Flow")));
        loaded.files().save(board);
        assertEquals(Set.of("board.yaml"), changedFiles());
        assertEquals(before.get("board.yaml").replace("title: Order Fulfillment", "title: Checkout Flow"),
                Files.readString(folder.resolve("board.yaml")));
    }

    @Test
    void theLanguageAndTheEventTypeConventionAreWrittenAfterTheLevelAndReadBack() throws IOException {
        board.apply(new EditSettings(board.settings().withNaming(
                new org.eventstorm.model.board.Naming("de", org.eventstorm.model.board.Naming.EventTypeStyle.CLOUDEVENTS))));
        loaded.files().save(board);
        assertEquals(Set.of("board.yaml"), changedFiles());
        assertEquals(before.get("board.yaml").replace("level: design\n", "level: design\nlanguage: de\nevent_types: cloudevents\n"),
                Files.readString(folder.resolve("board.yaml")));
        assertEquals(board.settings().naming(), BoardReader.read(folder).board().settings().naming());
    }

    @Test
    void writesLeaveNoTemporaryFilesAndKeepPermissions() throws IOException {
        Path file = folder.resolve("events/order-placed.md");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        board.apply(new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("later")));
        loaded.files().save(board);
        try (var files = Files.walk(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFolderThatLinksOutsideTheBoardIsNeverWrittenThrough() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path events = folder.resolve("events");
        BoardFolders.copy(events, temp.resolve("events-copy"));
        try (var files = Files.list(events)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(events);
        Files.createSymbolicLink(events, outside);
        LoadedBoard again = BoardReader.read(folder);
        again.board().apply(AddSticky.at(StickyKind.EVENT.create("Sneaky"), null));
        SaveResult result = again.files().save(again.board());
        assertEquals("events/sneaky.md: lies in a folder that links outside the board (replace the link with a real folder), so it"
                + " was not saved; the edit stays unsaved", result.problems().get(0).toString());
        assertFalse(result.written().contains("events/sneaky.md"));
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aNewBoardIsWrittenWhole() throws IOException {
        Path fresh = temp.resolve("fresh");
        BoardFiles files = BoardFiles.forNewBoard(fresh);
        SaveResult result = files.save(board);
        assertEquals(39, result.written().size(), "37 stickies, the saga and board.yaml");
        assertEquals(before, BoardFolders.contents(fresh), "the samples are canonical, so a fresh copy is byte-identical");
    }
}
