package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.PutDefinition;
import org.eventstorm.model.edit.RemoveDefinition;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saga files in a board folder: read with the board, saved only when changed, located when malformed, never lost. */
class DefinitionFilesOnBoardTest {
    static final DefinitionId SAGA = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");

    @TempDir
    Path temp;
    Path folder;
    LoadedBoard loaded;
    Board board;

    @BeforeEach
    void copySample() throws IOException {
        folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        loaded = BoardReader.read(folder);
        board = loaded.board();
    }

    @Test
    void theSamplesSagaIsOnTheBoardAndAnUntouchedBoardWritesNothing() throws IOException {
        assertEquals(Set.of(SAGA), board.definitions().keySet());
        assertEquals("OrderFulfillmentSaga", ((Saga) board.definition(SAGA).orElseThrow()).name());
        Map<String, String> before = BoardFolders.contents(folder);
        assertTrue(loaded.files().save(board).changedNothing());
        assertEquals(before, BoardFolders.contents(folder));
        assertEquals(before.get("sagas/order-fulfillment-saga.yml"), BoardFiles.canonicalContents(board).get("sagas/order-fulfillment-saga.yml"));
    }

    @Test
    void aChangedSagaRewritesItsFileOnlyAndUndoBringsItBack() throws IOException {
        Saga saga = (Saga) board.definition(SAGA).orElseThrow();
        Saga slower = saga.withSteps(saga.steps().stream().map(step -> step.id().equals("confirm-order") ? step.withTimeout("30s") : step).toList());
        Map<String, String> before = BoardFolders.contents(folder);
        board.apply(new PutDefinition(SAGA, slower));
        assertEquals(java.util.List.of("sagas/order-fulfillment-saga.yml"), loaded.files().pendingPaths(board));
        SaveResult result = loaded.files().save(board);
        assertEquals(java.util.List.of("sagas/order-fulfillment-saga.yml"), result.written());
        Map<String, String> after = BoardFolders.contents(folder);
        assertEquals(Set.of("sagas/order-fulfillment-saga.yml"), BoardFolders.changed(before, after));
        assertEquals(before.get("sagas/order-fulfillment-saga.yml").replace("timeout: 3s", "timeout: 30s"), after.get("sagas/order-fulfillment-saga.yml"));
        assertEquals(slower, BoardReader.read(folder).board().definition(SAGA).orElseThrow());
        board.undo();
        loaded.files().save(board);
        assertEquals(before, BoardFolders.contents(folder));
    }

    @Test
    void aRemovedSagaIsDeletedOnSave() throws IOException {
        board.apply(new RemoveDefinition(SAGA));
        assertEquals(java.util.List.of("sagas/order-fulfillment-saga.yml"), loaded.files().save(board).deleted());
        assertFalse(Files.exists(folder.resolve("sagas/order-fulfillment-saga.yml")));
    }

    @Test
    void aMalformedSagaIsLocatedKeptAndNeverOverwritten() throws IOException {
        Path file = folder.resolve("sagas/broken.yml");
        String text = "saga:\n  name: Broken\n  steps:\n    - id: a\n      depends_on: {x: 1}\n";
        Files.writeString(file, text);
        LoadedBoard again = BoardReader.read(folder);
        Problem problem = again.problems().stream().filter(p -> p.path().equals("sagas/broken.yml")).findFirst().orElseThrow();
        assertEquals(5, problem.line());
        assertTrue(problem.toString().startsWith("sagas/broken.yml:5: 'depends_on' should be a list of values"), problem.toString());
        DefinitionId broken = new DefinitionId(DefinitionKind.SAGA, "broken.yml");
        assertThrows(EditRefused.class, () -> again.board().apply(new PutDefinition(broken, again.board().definition(SAGA).orElseThrow())));
        assertEquals(DefinitionId.of(DefinitionKind.SAGA, "broken-2"), again.board().newDefinitionId(DefinitionKind.SAGA, "broken"));
        again.files().save(again.board());
        assertEquals(text, Files.readString(file), "the malformed file is left as it was");
    }

    @Test
    void aLinkedSagaFileIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.yml"), "saga:\n  name: Outside\n");
        Files.createSymbolicLink(folder.resolve("sagas/linked.yml"), outside);
        LoadedBoard again = BoardReader.read(folder);
        assertTrue(again.problems().stream().anyMatch(p -> p.path().equals("sagas/linked.yml") && p.message().contains("symbolic link")));
        assertEquals(1, again.board().definitions().size());
    }
}
