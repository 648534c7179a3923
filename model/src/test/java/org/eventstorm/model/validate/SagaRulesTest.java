package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.PutDefinition;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saga rules (rules.md), on a hand-edited saga file beside the order sample. */
class SagaRulesTest {
    static final DefinitionId SAMPLE_SAGA = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");
    /** A one-step saga on the sample's Order Placed, for the tests that add a part to it. */
    private static final String SHIP_ONCE = """
            saga:
              name: ShipOnce
              trigger_event: OrderPlaced
              steps:
                - id: ship
                  service: shipping-service
                  command: CreateShipment
                  compensation: CancelShipment
                  timeout: 5s
            """;

    @TempDir
    Path temp;

    private LoadedBoard withSaga(String yaml) throws IOException {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        Files.writeString(folder.resolve("sagas/hand-written.yml"), yaml);
        return BoardReader.read(folder);
    }

    private static String located(LoadedBoard loaded, Finding finding) {
        return finding.definition().path() + ":" + loaded.files().lineOf(finding.definition(), finding.pointer()) + " "
                + finding.severity().word() + " " + finding.ruleId() + ": " + finding.message();
    }

    @Test
    void theSamplesSagaIsClean() throws IOException {
        LoadedBoard loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        assertTrue(Validator.validate(loaded.board()).stream().noneMatch(finding -> finding.definition() != null));
    }

    @Test
    void everyMistakeOfAHandEditedSagaIsFoundAtItsLine() throws IOException {
        LoadedBoard loaded = withSaga("""
                saga:
                  name: RefundSaga
                  trigger_event: OrderRejectd
                  steps:
                    - id: refund
                      service: payments
                      command: RefundPayment
                      depends_on: [notify]
                    - id: notify
                      service: order-service
                      command: TellCustomer
                      timeout: 5 seconds
                      depends_on: [refund, audit]
                    - id: notify
                      service: order-service
                      command: ConfirmOrder
                      timeout: 2s
                """);
        List<String> found = Validator.validate(loaded.board()).stream().filter(finding -> finding.definition() != null).map(
                finding -> located(loaded, finding)).sorted().toList();
        assertEquals(List.of(
                "sagas/hand-written.yml:11 error saga-unknown-reference: Step 'notify' names the command 'TellCustomer', but no command of"
                        + " that name is on the board",
                "sagas/hand-written.yml:12 warning saga-step-without-timeout: Step 'notify' has the timeout '5 seconds', which is not a"
                        + " duration; write it as 5s, 500ms, 2m or 1h30m",
                "sagas/hand-written.yml:13 error saga-unknown-reference: Step 'notify' depends on 'audit', which is not a step of RefundSaga",
                "sagas/hand-written.yml:14 error saga-unknown-reference: Two steps of RefundSaga have the id 'notify'; depends_on could not"
                        + " tell them apart, so give this one an id of its own",
                "sagas/hand-written.yml:14 warning saga-step-without-compensation: Step 'notify' of RefundSaga has no compensation; if a"
                        + " later step fails, what it did stays done. Name the command that undoes ConfirmOrder",
                "sagas/hand-written.yml:3 error saga-unknown-reference: RefundSaga starts on 'OrderRejectd', but no domain event of that name"
                        + " is on the board; did you mean 'OrderRejected'?",
                "sagas/hand-written.yml:5 warning saga-step-without-compensation: Step 'refund' of RefundSaga has no compensation; if a later"
                        + " step fails, what it did stays done. Name the command that undoes RefundPayment",
                "sagas/hand-written.yml:5 warning saga-step-without-timeout: Step 'refund' of RefundSaga has no timeout, so a service that"
                        + " never answers holds the saga for ever; add one such as timeout: 5s",
                "sagas/hand-written.yml:6 error saga-unknown-reference: Step 'refund' is sent to 'payments', which no bounded context,"
                        + " command or aggregate on the board names; did you mean 'payment-service'?",
                "sagas/hand-written.yml:8 error saga-dependency-cycle: RefundSaga can never start refund, notify: they depend on each other"
                        + " (refund -> notify -> refund); remove one of these depends_on",
                "sagas/hand-written.yml:9 warning saga-step-without-compensation: Step 'notify' of RefundSaga has no compensation; if a"
                        + " later step fails, what it did stays done. Name the command that undoes TellCustomer"),
                found);
    }

    @Test
    void anIdempotencyKeyTheTriggerEventDoesNotCarryIsAnErrorAtItsLine() throws IOException {
        LoadedBoard loaded = withSaga(SHIP_ONCE + """
                  idempotency:
                    enabled: true
                    key_fields: [orderNumber, sagaId, customerID]
                """);
        List<String> found = Validator.validate(loaded.board()).stream().filter(finding -> finding.ruleId().equals("saga-key-field-not-carried")).map(
                finding -> located(loaded, finding)).toList();
        assertEquals(List.of("sagas/hand-written.yml:12 error saga-key-field-not-carried: ShipOnce runs once per 'orderNumber', but Order"
                + " Placed carries no such field (it carries orderId, customerId, items, shippingAddress, paymentMethodRef, total); did you"
                + " mean 'orderId'?"), found, "customerID is customerId written in another case; sagaId is the saga's own");
    }

    @Test
    void aValueTheDslsSchemaDoesNotAllowIsAnErrorWithTheAllowedValues() throws IOException {
        LoadedBoard loaded = withSaga(SHIP_ONCE + """
                      retry:
                        max_attempts: 3
                        backoff: random
                  compensation_order: reverse
                  failure_handling:
                    on_timeout: abort
                    on_error: compensate
                  state_persistence:
                    backend: redis
                """);
        List<String> found = Validator.validate(loaded.board()).stream().filter(finding -> finding.ruleId().equals("saga-value-not-allowed")).map(
                finding -> located(loaded, finding)).sorted().toList();
        assertEquals(List.of(
                "sagas/hand-written.yml:12 error saga-value-not-allowed: ShipOnce sets the retry backoff of step 'ship' to 'random', which the"
                        + " saga DSL does not allow, so its code could not do what the file says; use one of fixed, linear, exponential",
                "sagas/hand-written.yml:15 error saga-value-not-allowed: ShipOnce sets on_timeout to 'abort', which the saga DSL does not"
                        + " allow, so its code could not do what the file says; use one of compensate, fail",
                "sagas/hand-written.yml:18 error saga-value-not-allowed: ShipOnce sets backend to 'redis', which the saga DSL does not"
                        + " allow, so its code could not do what the file says; use one of database, event-store, memory"),
                found);
    }

    @Test
    void aStateTableThatIsNoPlainSqlNameIsAnErrorAtItsLine() throws IOException {
        LoadedBoard loaded = withSaga(SHIP_ONCE + """
                  state_persistence:
                    backend: database
                    table: "saga_state; DROP TABLE orders"
                """);
        List<String> found = Validator.validate(loaded.board()).stream().filter(finding -> finding.ruleId().equals("saga-value-not-allowed")).map(
                finding -> located(loaded, finding)).toList();
        assertEquals(List.of("sagas/hand-written.yml:12 error saga-value-not-allowed: ShipOnce keeps its state in table 'saga_state; DROP TABLE"
                + " orders', which is not a SQL table name the saga code can use unquoted; use up to 56 letters, digits and underscores, not"
                + " starting with a digit (as saga_state)"), found);
    }

    @Test
    void theLiveValidatorFollowsTheBoardTheSagaNames() throws IOException {
        LoadedBoard loaded = BoardReader.read(BoardFolders.copyOfSample("order-fulfillment", temp));
        Validator validator = Validator.attach(loaded.board());
        StickyId confirm = StickyId.parse("commands/confirm-order").orElseThrow();
        loaded.board().apply(new org.eventstorm.model.edit.RemoveSticky(confirm));
        assertEquals(List.of("Step 'confirm-order' names the command 'ConfirmOrder', but no command of that name is on the board"),
                validator.findingsOn(SAMPLE_SAGA).stream().map(Finding::message).toList());
        loaded.board().undo();
        assertEquals(List.of(), validator.findingsOn(SAMPLE_SAGA));
        loaded.board().apply(new org.eventstorm.model.edit.RenameSticky(confirm, "Confirm Purchase"));
        assertEquals(List.of(), validator.findingsOn(SAMPLE_SAGA), "renaming the command rewrites the saga too");
        assertEquals("ConfirmPurchase", ((Saga) loaded.board().definition(SAMPLE_SAGA).orElseThrow()).step("confirm-order").orElseThrow().command());
        loaded.board().undo();
        assertEquals("ConfirmOrder", ((Saga) loaded.board().definition(SAMPLE_SAGA).orElseThrow()).step("confirm-order").orElseThrow().command(),
                "and one undo takes both back");
        Saga saga = (Saga) loaded.board().definition(SAMPLE_SAGA).orElseThrow();
        loaded.board().apply(new PutDefinition(SAMPLE_SAGA, saga.withSteps(saga.steps().stream().map(step -> step.withTimeout("")).toList())));
        assertEquals(4, validator.findingsOn(SAMPLE_SAGA).size());
        assertEquals(Validator.validate(loaded.board()), validator.findings(), "the live findings equal a full validation");
    }

    @Test
    void aRuleCanBeTurnedOffForTheBoard() throws IOException {
        LoadedBoard loaded = withSaga("saga:\n  name: Quiet\n  steps:\n    - id: a\n      command: ConfirmOrder\n      timeout: 1s\n"
                + "    - id: b\n      command: ConfirmOrder\n      timeout: 1s\n      depends_on: [a]\n");
        var board = loaded.board();
        assertEquals(1, Validator.validate(board).stream().filter(f -> f.ruleId().equals("saga-step-without-compensation")).count());
        board.apply(new org.eventstorm.model.edit.EditSettings(board.settings().withRules(java.util.Map.of("saga-step-without-compensation", "off"))));
        assertEquals(0, Validator.validate(board).stream().filter(f -> f.ruleId().equals("saga-step-without-compensation")).count());
    }
}
