package org.eventstorm.model.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state machine in the feature spec's ASCII form, to its spacing, and with a failure path for every wave. */
class SagaStateMachineTest {
    private static final DefinitionId SAGA = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");

    @TempDir
    Path temp;

    /** The order sample's saga with {@code from} replaced by {@code to} in its file. */
    private SagaStateMachine machine(String from, String to) throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path file = board.resolve("sagas/order-fulfillment-saga.yml");
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        Board read = BoardReader.read(board).board();
        return new SagaStateMachine(SagaPlan.of(read.definitions(Saga.class).get(SAGA), SAGA));
    }

    @Test
    void theSamplesMachineIsTheSpecsToTheByte() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/seeds/order-fulfillment-state-machine.txt")).replace("```\n", "");
        assertEquals(spec, machine("reverse", "reverse").ascii());
    }

    @Test
    void twoParallelFinalStepsHaveAFailurePathThatUndoesWhatMayHaveCompleted() throws IOException {
        SagaStateMachine machine = machine("      depends_on: [create-shipment]\n", "      depends_on: [authorize-payment]\n");
        String ascii = machine.ascii();
        assertTrue(ascii.contains("    Create Shipment \u2016 Confirm Order  \u2192 [Compensate: Cancel + Refund + Release] \u2192 [Failed]\n"), ascii);
        assertTrue(ascii.endsWith("           \u2193 Success\n           \u2193\n       [Completed]\n"), ascii);
    }

    @Test
    void parallelFirstStepsHaveAFailurePathToo() throws IOException {
        String ascii = machine("      depends_on: [reserve-inventory]\n", "").ascii();
        assertTrue(ascii.contains("[Start] \u2192 Reserve Inventory \u2016 Authorize Payment  \u2192 [Compensate: Refund + Release] \u2192 [Failed]\n"), ascii);
    }
}
