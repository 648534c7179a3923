package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaPlan;
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
    void theOrderSagaCompilesOnTheRuntimeAndItsGeneratedScenariosPass() throws Exception {
        SagaPlan plan = sample();
        JavaSagaCode java = new JavaSagaCode();
        Map<String, String> files = java.files(plan);
        assertEquals(Set.of("src/main/java/sagas/orderfulfillmentsaga/OrderFulfillmentSaga.java",
                "src/test/java/sagas/orderfulfillmentsaga/OrderFulfillmentSagaTest.java"), files.keySet());
        Map<String, String> project = new TreeMap<>(java.projectFiles());
        project.putAll(files);
        project.put(java.sqlFolder() + plan.sqlTable() + ".sql", SagaStateTable.ddl(plan.sqlTable()));
        Path classes = GeneratedJava.compile(project, temp);
        TestExecutionSummary summary = GeneratedJava.runTests(classes, "sagas.orderfulfillmentsaga.OrderFulfillmentSagaTest");
        assertEquals(0, summary.getTotalFailureCount(), GeneratedJava.failures(summary));
        assertEquals(2 * (1 + 2 * 4 + 3), summary.getTestsSucceededCount(),
                "happy path, failure and timeout of each step, re-run, no key, resume; in memory, then in the SQL table its state_persistence names");
        String saga = files.get("src/main/java/sagas/orderfulfillmentsaga/OrderFulfillmentSaga.java");
        assertTrue(saga.contains("new StepDefinition(\"reserve-inventory\", Duration.ofMillis(5000), 3, Backoff.EXPONENTIAL, true)"), saga);
        assertTrue(saga.contains("Map<String, Object> releaseInventory(StepRequest request) throws Exception;"), saga);
    }
}
