package org.eventstorm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eventstorm.app.cli.EventStormCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the desktop app straight on a board, and which go to the command line. */
class MainTest {
    @TempDir
    Path temp;

    @Test
    void aBoardAloneOrAfterOpenIsOpenedDirectly() throws Exception {
        Path board = Files.createDirectories(temp.resolve("board"));
        assertEquals(Optional.of(board), Main.boardToOpen(new String[] {board.toString()}), "a double-clicked folder");
        assertEquals(Optional.of(board), Main.boardToOpen(new String[] {"open", board.toString()}));
        assertEquals(Optional.of(Path.of("missing")), Main.boardToOpen(new String[] {"open", "missing"}),
                "open names the board even when it is missing: opening it says why not");
    }

    @Test
    void everythingElseGoesToTheCommandLine() throws Exception {
        Path validate = Files.createDirectories(temp.resolve("validate"));
        assertFalse(Main.boardToOpen(new String[] {"--version"}).isPresent());
        assertFalse(Main.boardToOpen(new String[] {"open", "--help"}).isPresent());
        assertFalse(Main.boardToOpen(new String[] {"validate", validate.toString()}).isPresent());
        assertFalse(Main.boardToOpen(new String[] {"open", "a", "b"}).isPresent());
        assertFalse(Main.boardToOpen(new String[] {temp.resolve("not-there").toString()}).isPresent());
    }

    @Test
    void aBareWordNamesACommandAPathNever() {
        for (var command : EventStormCommand.commands().entrySet()) {
            String name = command.getValue().getAnnotation(picocli.CommandLine.Command.class).name();
            assertEquals(command.getKey(), name, "each command is found by the name its annotation gives it");
            assertTrue(EventStormCommand.isCommand(name), name + " is a command: every command's name is a bare word");
        }
        assertFalse(EventStormCommand.isCommand("whiteboard"));
        assertFalse(EventStormCommand.isCommand(temp.resolve("validate").toString()), "a path is never a command");
        assertFalse(EventStormCommand.isCommand("./validate"));
    }

    @Test
    void aPathThatIsNoBoardIsRefusedWithTheReasonAndNothingStarts() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        StringWriter err = new StringWriter();
        assertFalse(EventStormApp.launchOnBoard(text, new PrintWriter(err, true)));
        assertTrue(err.toString().contains("is not a board; give the board folder, its board.yaml, a .storm file or a picture of a board (.svg)"),
                err.toString());
    }
}
