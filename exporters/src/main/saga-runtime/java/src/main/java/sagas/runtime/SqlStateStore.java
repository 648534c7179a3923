package sagas.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A state store in a SQL database, over JDBC: one row per run in the table the saga's {@code state_persistence} names
 * (the export writes its DDL to {@code src/main/resources/sql/}). The run's step statuses, outputs and errors are one
 * JSON document in the row's {@code state}; its {@code status} is a column of its own, for queries. The statements
 * are plain SQL (an update, else an insert), so any database with a JDBC driver will do.
 */
public final class SqlStateStore implements StateStore {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,55}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final String sagaName;
    private final String select;
    private final String update;
    private final String insert;

    /** The state as the row's {@code state} column holds it. */
    record Stored(Status status, Map<String, StepStatus> steps, Map<String, Map<String, Object>> outputs, List<String> completed,
            List<String> errors) {
    }

    /**
     * @param table    the table, as the saga's {@code state_persistence} names it: letters, digits and underscores
     * @param sagaName the saga's name, kept with each run
     */
    public SqlStateStore(DataSource dataSource, String table, String sagaName) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sagaName = Objects.requireNonNull(sagaName, "sagaName");
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("'" + table + "' is not a table name the store can use: letters, digits and underscores only");
        }
        select = "SELECT state FROM " + table + " WHERE saga_id = ?";
        update = "UPDATE " + table + " SET status = ?, state = ?, updated_at = ? WHERE saga_id = ?";
        insert = "INSERT INTO " + table + " (saga_id, saga_name, status, state, updated_at) VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<SagaState> load(String sagaId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, sagaId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Stored stored = JSON.readValue(row.getString(1), new TypeReference<Stored>() {
                });
                return Optional.of(SagaState.restore(sagaId, stored.status(), stored.steps(), stored.outputs(), stored.completed(), stored.errors()));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the saga state store could not read run " + sagaId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void save(SagaState state) {
        String json;
        try {
            json = JSON.writeValueAsString(new Stored(state.status(), state.steps(), new LinkedHashMap<>(state.outputs()), state.completed(),
                    state.errors()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run " + state.sagaId() + " has a step output that is not JSON: " + e.getMessage(), e);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            if (updated(connection, state, json, now)) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, state.sagaId());
                statement.setString(2, sagaName);
                statement.setString(3, state.status().name());
                statement.setString(4, json);
                statement.setTimestamp(5, now);
                statement.executeUpdate();
            } catch (SQLException e) {
                // Another process inserted the run first: the row is there now, so update it.
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23") || !updated(connection, state, json, now)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the saga state store could not save run " + state.sagaId() + ": " + e.getMessage(), e);
        }
    }

    private boolean updated(Connection connection, SagaState state, String json, Timestamp now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, state.status().name());
            statement.setString(2, json);
            statement.setTimestamp(3, now);
            statement.setString(4, state.sagaId());
            return statement.executeUpdate() > 0;
        }
    }
}
