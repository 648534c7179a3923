package org.eventstorm.model.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;

class SagaDerivationTest {
    private static final StickyId ORDER_PLACED = StickyId.parse("events/order-placed").orElseThrow();

    private static Board sample() throws IOException {
        return BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment")).board();
    }

    @Test
    void theOrderSampleYieldsTheFeatureSpecsOrderFulfillmentSaga() throws IOException {
        Board board = sample();
        DefinitionId id = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");
        board.apply(new org.eventstorm.model.edit.RemoveDefinition(id));
        SagaDerivation derivation = new SagaDerivation(board);
        Saga saga = derivation.derive(ORDER_PLACED, derivation.defaultName(ORDER_PLACED));
        assertEquals(id, board.newDefinitionId(DefinitionKind.SAGA, org.eventstorm.model.sticky.Slug.of(SagaNames.words(saga.name()))));
        board.apply(new org.eventstorm.model.edit.PutDefinition(id, saga));
        String written = BoardFiles.canonicalContents(board).get("sagas/order-fulfillment-saga.yml");
        assertEquals(Files.readString(Path.of("src/test/resources/seeds/order-fulfillment-saga.yml")), written,
                "the derived saga, written, is the feature spec's saga definition to the byte");
    }

    @Test
    void oneEventTriggeringTwoPoliciesGivesParallelSteps() throws IOException {
        Board board = sample();
        // A second policy on Inventory Reserved: it runs beside Authorize Payment, after Reserve Inventory.
        var notify = org.eventstorm.model.sticky.StickyKind.POLICY.create("Notify Warehouse").with(org.eventstorm.model.sticky.Field.TRIGGER_EVENT,
                org.eventstorm.model.sticky.Text.of("Inventory Reserved")).with(org.eventstorm.model.sticky.Field.ISSUES_COMMAND,
                        org.eventstorm.model.sticky.Text.of("Prepare Picking"));
        var picking = org.eventstorm.model.sticky.StickyKind.COMMAND.create("Prepare Picking").with(org.eventstorm.model.sticky.Field.SERVICE,
                org.eventstorm.model.sticky.Text.of("warehouse-service"));
        board.apply(new org.eventstorm.model.edit.Batch("add", List.of(
                org.eventstorm.model.edit.AddSticky.at(notify, new org.eventstorm.model.board.Geometry(1600, 1000, 160, 100)),
                org.eventstorm.model.edit.AddSticky.at(picking, new org.eventstorm.model.board.Geometry(1760, 1000, 160, 100)))));
        Saga saga = new SagaDerivation(board).derive(ORDER_PLACED, "OrderFulfillmentSaga");
        List<List<SagaStep>> waves = new SagaGraph(saga).waves();
        assertEquals(List.of("reserve-inventory"), waves.get(0).stream().map(SagaStep::id).toList());
        assertEquals(List.of("authorize-payment", "prepare-picking"), waves.get(1).stream().map(SagaStep::id).toList());
        assertEquals(List.of("reserve-inventory"), saga.step("prepare-picking").orElseThrow().dependsOn());
        assertTrue(saga.description().contains("warehouse"), saga.description());
    }

    @Test
    void aSecondSagaOfTheSameBoardIsNamedAfterItsTrigger() throws IOException {
        Board board = sample();
        assertEquals("OrderPlacedSaga", new SagaDerivation(board).defaultName(ORDER_PLACED), "the board's own name is taken by its saga");
    }

    @Test
    void theSampleOffersOrderPlacedAsATrigger() throws IOException {
        assertEquals(List.of(ORDER_PLACED), new SagaDerivation(sample()).triggers());
        assertEquals(java.util.Optional.empty(), new SagaDerivation(sample()).whyNone());
    }

    @Test
    void aBoardWrittenFromTheSpecsTemplatesDerivesTheSagaItsChainsAllow(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path board = BoardFolders.copy(Path.of("src/test/resources/seed-templates"), temp.resolve("templates"));
        // Written as the templates write them: commands with an actor and Produces Events, policies naming their command only under Then.
        Files.writeString(board.resolve("commands/reserve-inventory.md"), "---\ntype: event-storming-command\nname: Reserve Inventory\ncolor: blue\n"
                + "---\n\n# Command: Reserve Inventory\n\n## Produces Events\n- Inventory Reserved (success case)\n- Order Rejected (failure case)\n");
        Files.writeString(board.resolve("events/inventory-reserved.md"), "---\ntype: event-storming-event\nname: Inventory Reserved\n---\n\n"
                + "# Domain Event: Inventory Reserved\n\n## Data Carried\n- Order ID\n- Reservation ID\n");
        Files.writeString(board.resolve("policies/authorize-payment.md"), "---\ntype: event-storming-policy\nname: Authorize Payment\n"
                + "trigger_event: Inventory Reserved\n---\n\n# Policy: Authorize Payment\n\n## Whenever\nInventory Reserved event occurs\n\n"
                + "## Then\n- Authorize payment for the order total\n");
        Files.writeString(board.resolve("commands/authorize-payment.md"), "---\ntype: event-storming-command\nname: Authorize Payment\n---\n\n"
                + "# Command: Authorize Payment\n\n## Produces Events\n- Payment Authorized\n");
        Board read = BoardReader.read(board).board();
        SagaDerivation derivation = new SagaDerivation(read);
        assertEquals(List.of(ORDER_PLACED), derivation.triggers(), derivation.whyNone().orElse(""));
        Saga saga = derivation.derive(ORDER_PLACED, derivation.defaultName(ORDER_PLACED));
        assertEquals(List.of("reserve-inventory", "authorize-payment"), saga.steps().stream().map(SagaStep::id).toList());
        assertEquals(List.of("orderId", "sagaId"), saga.idempotency().keyFields(), "the key is the trigger's Order ID, read from Data Carried");
    }

    @Test
    void aChainCutDownToOneCommandSaysWhyThereIsNoSagaAndWhatWouldMakeOne() throws IOException {
        Board board = sample();
        for (String policy : List.of("policies/authorize-payment", "policies/confirm-shipped-order", "policies/initiate-fulfillment")) {
            board.apply(new org.eventstorm.model.edit.RemoveSticky(StickyId.parse(policy).orElseThrow()));
        }
        SagaDerivation derivation = new SagaDerivation(board);
        assertEquals(List.of(), derivation.triggers());
        assertEquals("no event sets off two or more commands: 'Order Placed' sets off one command, 'Reserve Inventory';"
                + " add a policy on 'Inventory Reserved' that issues the next command", derivation.whyNone().orElseThrow());
        board.apply(new org.eventstorm.model.edit.RemoveSticky(StickyId.parse("policies/reserve-inventory").orElseThrow()));
        assertTrue(new SagaDerivation(board).whyNone().orElseThrow().startsWith("no policy reacts to an event"));
    }

    @Test
    void theChainCoversThePolicyFlowAndTheCompensations() throws IOException {
        Board board = sample();
        SagaDerivation derivation = new SagaDerivation(board);
        var chain = SagaChain.of(board, derivation.derive(ORDER_PLACED, "OrderFulfillmentSaga"));
        for (String id : List.of("events/order-placed", "policies/reserve-inventory", "commands/reserve-inventory", "events/inventory-reserved",
                "commands/release-inventory", "commands/confirm-order", "events/order-confirmed")) {
            assertTrue(chain.contains(StickyId.parse(id).orElseThrow()), id);
        }
        assertTrue(!chain.contains(StickyId.parse("commands/add-to-cart").orElseThrow()));
    }
}
