package sagas.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;

/** SQL state stores for the tests: each one in a fresh H2 database in memory, its table made by the exported DDL. */
public final class SqlStores {
    private SqlStores() {
    }

    /** Fresh stores for {@code sagaName}, each keeping its runs in {@code table} of a database of its own. */
    public static Supplier<StateStore> h2(String table, String sagaName) {
        String ddl = ddl(table);
        return () -> {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : ddl.split(";\\s*\\n")) {
                    if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                        statement.execute(sql);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("sql/" + table + ".sql does not make the table: " + e.getMessage(), e);
            }
            return new SqlStateStore(dataSource, table, sagaName);
        };
    }

    private static String ddl(String table) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? SqlStores.class.getClassLoader() : loader).getResourceAsStream("sql/" + table + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("no sql/" + table + ".sql on the class path: export the saga code again");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
