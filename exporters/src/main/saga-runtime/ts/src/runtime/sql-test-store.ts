// The SQL state stores of the saga code's tests: the same in every export, written by hand, not generated.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import initSqlJs, { Database, SqlJsStatic } from "sql.js";
import { SagaStateStore } from "./saga";
import { SqlClient, SqlSagaStateStore, SqlValue } from "./sql-store";

let engine: Promise<SqlJsStatic> | undefined;

/** sql.js (SQLite compiled to WebAssembly) as the store's SQL client. */
function clientOf(db: Database): SqlClient {
  return {
    async query(sql: string, params: readonly SqlValue[]) {
      const statement = db.prepare(sql);
      try {
        statement.bind([...params]);
        const rows: Record<string, unknown>[] = [];
        while (statement.step()) {
          rows.push(statement.getAsObject());
        }
        return { rows, changes: db.getRowsModified() };
      } finally {
        statement.free();
      }
    },
  };
}

/** Fresh stores for sagaName, each keeping its runs in table of a SQLite database of its own, made by sql/<table>.sql. */
export function sqliteStores(table: string, sagaName: string): () => Promise<SagaStateStore> {
  const ddl = readFileSync(join(__dirname, "..", "..", "sql", `${table}.sql`), "utf8");
  return async () => {
    engine ??= initSqlJs();
    const db = new (await engine).Database();
    db.exec(ddl);
    return new SqlSagaStateStore(clientOf(db), table, sagaName);
  };
}
