package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sagas.runtime.SagaState;
import sagas.runtime.SqlStateStore;
import sagas.runtime.Status;
import sagas.runtime.StateStore;
import sagas.runtime.StepStatus;

/**
 * {@code state_persistence: database}: the DDL the export writes makes a table the Java runtime's SQL store keeps runs
 * in (H2 here), a run survives the store that wrote it, and a table name that could carry SQL is refused everywhere.
 */
class SqlStateStoreTest {
    @TempDir
    Path temp;

    private JdbcDataSource databaseWithTable(String table) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : SagaStateTable.ddl(table).split(";\\s*\\n")) {
                if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                    statement.execute(sql);
                }
            }
        }
        return dataSource;
    }

    @Test
    void aRunSurvivesTheStoreThatWroteItWithEveryOutputAsItWas() throws Exception {
        JdbcDataSource dataSource = databaseWithTable("saga_state");
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("note", "quote \" backslash \\ newline \n 🧾 ' ; DROP TABLE saga_state; --");
        output.put("count", 3);
        output.put("nested", Map.of("list", List.of(1, "two")));
        output.put("nothing", null);
        SagaState state = new SagaState("Order:o-1", List.of("reserve", "pay")).complete("reserve", output);
        new SqlStateStore(dataSource, "saga_state", "Order").save(state);

        SagaState read = new SqlStateStore(dataSource, "saga_state", "Order").load("Order:o-1").orElseThrow();
        assertEquals(Status.RUNNING, read.status());
        assertEquals(Map.of("reserve", StepStatus.COMPLETED, "pay", StepStatus.PENDING), read.steps());
        assertEquals(List.of("reserve"), read.completed());
        assertEquals(output, read.outputs().get("reserve"));
        assertTrue(new SqlStateStore(dataSource, "saga_state", "Order").load("Order:o-2").isEmpty());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT saga_id, saga_name, status FROM saga_state")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            assertEquals(List.of("Order:o-1 Order RUNNING"), found, "one row per run, its status a column for queries");
        }
    }

    @Test
    void twoStoresSavingOneRunKeepOneRowWithTheLastState() throws Exception {
        JdbcDataSource dataSource = databaseWithTable("runs");
        StateStore first = new SqlStateStore(dataSource, "runs", "Order");
        StateStore second = new SqlStateStore(dataSource, "runs", "Order");
        first.save(new SagaState("Order:o-1", List.of("reserve")));
        second.save(new SagaState("Order:o-1", List.of("reserve")).complete("reserve", Map.of("by", "second")));
        assertEquals(List.of("reserve"), first.load("Order:o-1").orElseThrow().completed());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM runs")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void aTableNameThatCouldCarrySqlIsRefusedByTheStoreAndByTheExport() throws Exception {
        JdbcDataSource dataSource = databaseWithTable("saga_state");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SqlStateStore(dataSource, "saga_state; DROP TABLE orders", "Order"));
        assertEquals("'saga_state; DROP TABLE orders' is not a table name the store can use: letters, digits and underscores only",
                refused.getMessage());

        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path saga = board.resolve("sagas/order-fulfillment-saga.yml");
        Files.writeString(saga, Files.readString(saga).replace("table: saga_state", "table: \"saga_state; DROP TABLE orders\""));
        Path out = temp.resolve("out");
        IllegalArgumentException export = assertThrows(IllegalArgumentException.class,
                () -> new SagaCodeExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out)));
        assertEquals("sagas/order-fulfillment-saga.yml: the state table 'saga_state; DROP TABLE orders' is not a plain SQL name; use up to 56"
                + " letters, digits and underscores, not starting with a digit, then export again", export.getMessage());
        assertFalse(Files.exists(out.resolve("saga-code")), "nothing is written");
    }

    @Test
    void aSagaKeptInAnEventStoreSaysTheCodeHasNoSuchStore() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path saga = board.resolve("sagas/order-fulfillment-saga.yml");
        Files.writeString(saga, Files.readString(saga).replace("backend: database", "backend: event-store"));
        TargetFolder target = TargetFolder.at(temp.resolve("out"));
        new SagaCodeExporter().export(ExportInput.of(BoardReader.read(board)), target);
        assertEquals(List.of("OrderFulfillmentSaga keeps its state in an event store, which the saga code does not provide: pass a StateStore"
                + " of your own to the saga (the code has one in memory, and one in SQL for backend: database)"), target.notes());
        assertTrue(target.written().stream().noneMatch(path -> path.endsWith(".sql")), "no table to make: " + target.written());
    }
}
