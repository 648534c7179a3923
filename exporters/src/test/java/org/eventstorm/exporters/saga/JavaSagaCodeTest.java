package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class JavaSagaCodeTest {
    @TempDir
    Path temp;

    static SagaPlan sample() throws Exception {
        var board = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment")).board();
        var entry = board.definitions(Saga.class).entrySet().iterator().next();
        return SagaPlan.of(entry.getValue(), entry.getKey());
    }

    @Test
    void theOrderSagaCompilesAndItsGeneratedScenariosPass() throws Exception {
        SagaPlan plan = sample();
        Map<String, String> files = new JavaSagaCode().files(plan);
        assertEquals(java.util.Set.of("src/main/java/sagas/orderfulfillmentsaga/OrderFulfillmentSaga.java",
                "src/test/java/sagas/orderfulfillmentsaga/OrderFulfillmentSagaTest.java"), files.keySet());
        Path classes = GeneratedJava.compile(files, temp);
        TestExecutionSummary summary = GeneratedJava.runTests(classes, "sagas.orderfulfillmentsaga.OrderFulfillmentSagaTest");
        assertEquals(0, summary.getTotalFailureCount(), GeneratedJava.failures(summary));
        assertEquals(1 + 2 * 4 + 2, summary.getTestsSucceededCount(), "happy path, failure and timeout of each step, re-run, resume");
        String orchestrator = files.get("src/main/java/sagas/orderfulfillmentsaga/OrderFulfillmentSaga.java");
        assertTrue(orchestrator.contains("RESERVE_INVENTORY(\"reserve-inventory\", 5000L, 3, Backoff.EXPONENTIAL, true)"), orchestrator);
        assertTrue(orchestrator.contains("Map<String, Object> releaseInventory(StepRequest request) throws Exception;"));
    }

    static DefinitionId id(String stem) {
        return DefinitionId.of(org.eventstorm.model.definition.DefinitionKind.SAGA, stem);
    }
}
