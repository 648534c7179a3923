package org.eventstorm.exporters.saga;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eventstorm.model.saga.SagaPlan;

/**
 * The table a SQL state store keeps saga runs in, as DDL every language's project carries in its {@code sql} folder:
 * one row per run, its status a column of its own for queries, the rest of its state one JSON document. The types are
 * those PostgreSQL, MySQL, SQLite and H2 all read the same way. The table's name comes from the saga's
 * {@code state_persistence}; the validator lets through only plain SQL names.
 */
final class SagaStateTable {
    private SagaStateTable() {
    }

    /** A name the stores write into their statements unquoted (the DSL's schema says the same). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,55}");

    /**
     * The tables the sagas of {@code plans} keep their runs in, each once, sorted.
     *
     * @throws IllegalArgumentException when a table is not a plain SQL name, which no statement may carry
     */
    static List<String> of(List<SagaPlan> plans) {
        TreeSet<String> tables = new TreeSet<>();
        for (SagaPlan plan : plans) {
            if (plan.sqlTable() != null && !PLAIN_NAME.matcher(plan.sqlTable()).matches()) {
                throw new IllegalArgumentException(plan.source() + ": the state table '" + plan.sqlTable() + "' is not a plain SQL name; use up to"
                        + " 56 letters, digits and underscores, not starting with a digit, then export again");
            }
            if (plan.sqlTable() != null) {
                tables.add(plan.sqlTable());
            }
        }
        return List.copyOf(tables);
    }

    static String ddl(String table) {
        return """
                -- The table the saga code's SQL state store keeps the runs of its sagas in (state_persistence: database).
                -- Written by EventStorm Studio with the saga code; apply it with your migrations before the first run.
                CREATE TABLE %1$s (
                    saga_id    VARCHAR(512) NOT NULL PRIMARY KEY,
                    saga_name  VARCHAR(255) NOT NULL,
                    status     VARCHAR(32)  NOT NULL,
                    state      TEXT         NOT NULL,
                    updated_at TIMESTAMP    NOT NULL
                );

                CREATE INDEX %1$s_by_status ON %1$s (saga_name, status);
                """.formatted(table);
    }
}
