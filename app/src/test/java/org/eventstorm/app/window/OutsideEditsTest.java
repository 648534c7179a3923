package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Other programs change the board while edits made here are unsaved: a {@code git checkout} of a branch that changes,
 * adds and deletes files, and an editor that writes a sticky file in two goes (so the app first sees half a file).
 * Nothing is silently lost: what only one side changed is kept from that side, the clash is put to the person, and
 * each choice (keep mine, take the file's) ends with exactly the chosen text in the file.
 */
class OutsideEditsTest extends WindowTest {
    private static final StickyId PLACED = StickyId.parse("events/order-placed").orElseThrow();
    private static final StickyId SHIPPED = StickyId.parse("events/order-shipped").orElseThrow();
    private static final StickyId CONFIRMED = StickyId.parse("events/order-confirmed").orElseThrow();
    private static final StickyId SYNC_DELAY = StickyId.parse("hotspots/inventory-sync-delay").orElseThrow();
    private static final StickyId REJECTED = StickyId.parse("events/order-rejected").orElseThrow();
    private static final StickyId ISSUED = StickyId.parse("events/refund-issued").orElseThrow();

    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException, InterruptedException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "the workshop");
        git("checkout", "-q", "-b", "pulled");
        replace("events/order-placed.md", "timestamp: when customer completes checkout", "timestamp: when the order is submitted");
        replace("events/order-confirmed.md", "timestamp: when the shipped order is confirmed", "timestamp: when the customer is told");
        replace("events/order-rejected.md", "---\ntype:", "<<<<<<< HEAD\n---\ntype:");
        Files.delete(folder.resolve("hotspots/inventory-sync-delay.md"));
        Files.writeString(folder.resolve("events/refund-issued.md"), "---\ntype: event-storming-event\nname: Refund Issued\n---\n");
        git("add", "-A");
        git("commit", "-q", "-m", "a colleague's changes");
        git("checkout", "-q", "main");
        open(stage, documents().open(folder));
    }

    @AfterEach
    void saveAutomaticallyAgain() {
        windows().saving().autosaveProperty().set(true);
    }

    @Test
    void aGitCheckoutUnderUnsavedEditsKeepsBothSides(FxRobot robot) throws Exception {
        clickMenu(robot, "File", "Save Automatically");
        assertFalse(windows().saving().autosaveProperty().get(), "the team saves by hand, to commit each save");
        typeTimestamp(robot, PLACED, "when the basket is paid");
        typeTimestamp(robot, SHIPPED, "when the van leaves");
        StickyId mine = typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 700), "Order Audited");
        assertTrue(window.document().isDirty());

        git("checkout", "-q", "pulled");

        waitUntil(robot, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), "the sticky changed on both sides is put to the person");
        robot.clickOn(centreOf(showing(robot, "Apply")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("when the basket is paid"), timestamp(PLACED), "keep mine is the default");
        assertEquals(Optional.of("when the van leaves"), timestamp(SHIPPED), "an edit only made here stays");
        assertTrue(board().contains(mine), "a sticky only made here stays");
        assertEquals(Optional.of("when the customer is told"), timestamp(CONFIRMED), "a change only made in git comes in");
        assertTrue(board().contains(REJECTED), "a file git left broken is not taken for a deletion");
        assertTrue(window.document().fileProblems().stream().anyMatch(problem -> problem.path().equals("events/order-rejected.md")),
                "and its problem is shown");
        assertFalse(board().contains(SYNC_DELAY), "a deletion only made in git comes in");
        assertTrue(board().contains(ISSUED), "a sticky only added in git comes in");

        robot.sleep(2500);
        assertTrue(window.document().isDirty(), "saving is by hand: the merged board waits, unsaved");
        assertTrue(read("events/order-placed.md").contains("when the order is submitted"));
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.document().isDirty(),
                "saved by hand: " + window.notices().messageProperty().get() + " pending " + window.document().files().orElseThrow().pendingPaths(board()));
        assertTrue(read("events/order-placed.md").contains("timestamp: when the basket is paid"), "the choice is in the file");
        assertTrue(read("events/order-shipped.md").contains("timestamp: when the van leaves"));
        assertTrue(Files.exists(folder.resolve("events/order-audited.md")));
        assertEquals(git("show", "pulled:events/order-confirmed.md"), read("events/order-confirmed.md"), "git's files are not rewritten");
        assertEquals(git("show", "pulled:events/refund-issued.md"), read("events/refund-issued.md"));
        assertEquals(git("show", "pulled:events/order-rejected.md"), read("events/order-rejected.md"), "nor is the broken one");
        assertFalse(Files.exists(folder.resolve("hotspots/inventory-sync-delay.md")), "and the deletion is not undone");
        assertTrue(git("show", "pulled:events/order-placed.md").contains("when the order is submitted"),
                "the other side of the clash is still in git, for whoever wants it");
    }

    @Test
    void anEditorWritingAFileInTwoGoesIsReadOnceWhole(FxRobot robot) throws Exception {
        typeTimestamp(robot, PLACED, "when the basket is paid");
        String theirs = read("events/order-placed.md").replace("timestamp: when customer completes checkout",
                "timestamp: when the order is submitted");
        byte[] bytes = theirs.getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("events/order-placed.md"), java.util.Arrays.copyOf(bytes, 60));

        robot.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#conflict-dialog").tryQuery().isEmpty(), "half a file is not a change to choose about");
        assertEquals(Optional.of("when the basket is paid"), timestamp(PLACED), "nor is it a deletion: the edit here stays");
        assertEquals(new String(bytes, 0, 60, StandardCharsets.UTF_8), read("events/order-placed.md"),
                "autosave does not write over the file the editor is writing");

        Files.write(folder.resolve("events/order-placed.md"), bytes);
        waitUntil(robot, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), "the whole file clashes with the edit here");
        robot.clickOn("#conflict-events-order-placed-theirs");
        robot.clickOn(centreOf(showing(robot, "Apply")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("when the order is submitted"), timestamp(PLACED), "the file's version, as chosen");
        robot.sleep(2500);
        assertEquals(theirs, read("events/order-placed.md"), "and the editor's file is left exactly as written");
    }

    private String read(String path) throws IOException {
        return Files.readString(folder.resolve(path));
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = read(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "git " + String.join(" ", args) + ": " + output);
        return output;
    }
}
