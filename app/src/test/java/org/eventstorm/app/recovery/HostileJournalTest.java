package org.eventstorm.app.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recovery journal sits beside its board, hidden, so a repository can carry a forged one: recovering from it never
 * writes outside the scratch copy of the board, neither by its paths nor through a link the board holds.
 */
class HostileJournalTest {
    private static final String VICTIM = "# the victim's file\n";

    @TempDir
    Path temp;

    @Test
    void aJournalWritingThroughALinkedFolderOfTheBoardIsRefused() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path victimFolder = Files.createDirectories(temp.resolve("victim-folder"));
        Files.createSymbolicLink(board.resolve("notes"), victimFolder);
        TreeMap<String, String> files = new TreeMap<>();
        files.put("notes/x.md", "written through the folder link\n");
        RecoveryJournal journal = new RecoveryJournal(board.toString(), "Order", "2026-12-06T10:00:00Z", files, List.of());

        IOException refused = assertThrows(IOException.class, () -> Recovery.recovered(board, journal));

        assertTrue(refused.getMessage().contains("notes/x.md"), refused.getMessage());
        try (var inside = Files.list(victimFolder)) {
            assertEquals(0, inside.count(), "nothing was written through the linked folder");
        }
    }

    @Test
    void aJournalNamingAPathOutsideTheBoardIsRefused() {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("../../escaped.md", "x");
        RecoveryJournal journal = new RecoveryJournal(null, "Order", "2026-12-06T10:00:00Z", files, List.of());
        IOException refused = assertThrows(IOException.class, () -> Recovery.untitled(journal));
        assertTrue(refused.getMessage().contains("outside the board"), refused.getMessage());
    }

    @Test
    void aJournalRecoversThroughALinkedStickyAsAPlainFile() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path victim = Files.writeString(temp.resolve("victim.md"), VICTIM);
        Files.createSymbolicLink(board.resolve("events/planted.md"), victim);
        TreeMap<String, String> files = new TreeMap<>();
        files.put("events/planted.md", "---\ntype: event-storming-event\nname: Planted Event Occurred\n---\n\n# Domain Event: Planted Event Occurred\n");
        RecoveryJournal journal = new RecoveryJournal(board.toString(), "Order", "2026-12-06T10:00:00Z", files, List.of());

        var recovered = Recovery.recovered(board, journal);

        assertTrue(recovered.stickies().values().stream().anyMatch(sticky -> sticky.name().equals("Planted Event Occurred")));
        assertEquals(VICTIM, Files.readString(victim));
    }
}
