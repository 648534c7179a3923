package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.sticky.Retry;
import org.junit.jupiter.api.Test;

/** The feature spec's saga DSL, read and written exactly. */
class SagaFileTest {
    static final DefinitionId ID = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");

    static String seed() throws IOException {
        return Files.readString(Path.of("src/test/resources/seeds/order-fulfillment-saga.yml"));
    }

    private static ParsedDefinition parse(String text) throws FormatException {
        return DefinitionFiles.parse(ID, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSeedSagaReadsIntoTheModel() throws Exception {
        Saga saga = (Saga) parse(seed()).definition();
        assertEquals("OrderFulfillmentSaga", saga.name());
        assertEquals("OrderPlaced", saga.triggerEvent());
        assertEquals(List.of("reserve-inventory", "authorize-payment", "create-shipment", "confirm-order"),
                saga.steps().stream().map(SagaStep::id).toList());
        SagaStep payment = saga.steps().get(1);
        assertEquals(new SagaStep("authorize-payment", "payment-service", "AuthorizePayment", "10s", "RefundPayment",
                Retry.of(2, "linear"), List.of("reserve-inventory"), java.util.Map.of()), payment);
        assertEquals("reverse", saga.compensationOrder());
        assertEquals(3, saga.failureHandling().maxCompensationAttempts());
        assertEquals("database", saga.statePersistence().backend());
        assertEquals(List.of("orderId", "sagaId"), saga.idempotency().keyFields());
        assertTrue(saga.idempotency().isOn());
    }

    @Test
    void writingTheSeedSagaGivesTheSeedTextByteForByte() throws Exception {
        Saga saga = (Saga) parse(seed()).definition();
        assertEquals(seed(), DefinitionFiles.write(ID, saga, null, "001-order-processing"));
        assertEquals(seed(), SagaYaml.write(saga, "specs/001-order-processing/sagas/order-fulfillment-saga.yml"));
    }

    @Test
    void aChangedValueIsWrittenInPlaceKeepingEverythingElse() throws Exception {
        String handWritten = seed().replace("      timeout: 10s\n", "      timeout: 10s   # the gateway is slow on Mondays\n")
                + "\n# owned by the payments guild\n";
        ParsedDefinition parsed = parse(handWritten);
        Saga saga = (Saga) parsed.definition();
        Saga renamed = saga.withSteps(
                saga.steps().stream().map(step -> step.compensation().equals("RefundPayment") ? step.withCompensation("Refund Payment: Full") : step).toList());
        String written = DefinitionFiles.write(ID, renamed, parsed.source(), "001-order-processing");
        assertEquals(handWritten.replace("compensation: RefundPayment", "compensation: \"Refund Payment: Full\""), written);
        assertEquals(renamed, parse(written).definition());
    }

    @Test
    void anAddedStepRewritesInTheDslLayoutAndReadsBackEqual() throws Exception {
        ParsedDefinition parsed = parse(seed());
        Saga saga = (Saga) parsed.definition();
        List<SagaStep> steps = new java.util.ArrayList<>(saga.steps());
        steps.add(new SagaStep("notify-customer", "notification-service", "NotifyCustomer", "2s", "", Retry.EMPTY,
                List.of("confirm-order"), java.util.Map.of("owner", "crm team")));
        Saga longer = saga.withSteps(steps);
        String written = DefinitionFiles.write(ID, longer, parsed.source(), "001-order-processing");
        assertTrue(written.startsWith("# specs/001-order-processing/sagas/order-fulfillment-saga.yml\n\nsaga:\n"), written);
        assertTrue(written.contains("\n    - id: notify-customer\n      service: notification-service\n"), written);
        assertEquals(longer, parse(written).definition());
    }

    @Test
    void mistakesAreLocated() {
        FormatException noName = assertThrows(FormatException.class, () -> parse("saga:\n  trigger_event: OrderPlaced\n"));
        assertEquals("A saga needs a 'name'", noName.getMessage());
        FormatException stepsNotAList = assertThrows(FormatException.class, () -> parse("saga:\n  name: X\n  steps: reserve\n"));
        assertEquals(3, stepsNotAList.line());
        FormatException badRetry = assertThrows(FormatException.class,
                () -> parse("saga:\n  name: X\n  steps:\n    - id: a\n      retry:\n        max_attempts: many\n"));
        assertEquals(6, badRetry.line());
        assertEquals("'max_attempts' should be a whole number (0 or more)", badRetry.getMessage());
        FormatException zeroAttempts = assertThrows(FormatException.class,
                () -> parse("saga:\n  name: X\n  steps:\n    - id: a\n      retry:\n        max_attempts: 0\n"));
        assertEquals(6, zeroAttempts.line());
        assertEquals("'max_attempts' should be a whole number of at least 1, as the saga DSL's schema says", zeroAttempts.getMessage(),
                "a 0 would otherwise be read as no retry given");
        FormatException alias = assertThrows(FormatException.class,
                () -> parse("saga:\n  name: X\n  steps:\n    - &s {id: a}\n    - *s\n"));
        assertTrue(alias.getMessage().contains("anchor"), alias.getMessage());
        FormatException duplicate = assertThrows(FormatException.class, () -> parse("saga:\n  name: X\n  name: Y\n"));
        assertEquals(3, duplicate.line());
        FormatException other = assertThrows(FormatException.class, () -> parse("saga:\n  name: X\nsagas: 1\n"));
        assertEquals(3, other.line());
    }

    @Test
    void theSourceNamesTheLineOfAnyValue() throws Exception {
        DefinitionSource source = parse(seed()).source();
        assertEquals(19, source.lineOf("/saga/steps/1/service"));
        assertEquals(22, source.lineOf("/saga/steps/1/compensation"));
        assertEquals(18, source.lineOf("/saga/steps/1"));
        assertEquals(4, source.lineOf("/saga/name"));
        assertEquals(18, source.lineOf("/saga/steps/1/no-such-key"), "the nearest line that exists");
    }
}
