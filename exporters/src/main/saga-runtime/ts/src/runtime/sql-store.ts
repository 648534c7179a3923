// The SQL state store of EventStorm Studio's saga code: the same in every export, written by hand, not generated.

import { SagaState, SagaStateStore, Status, StepStatus, Output } from "./saga";

/** A value a statement's parameter takes. */
export type SqlValue = string | number | null;

/**
 * What the store needs of a SQL database: run one statement with positional parameters, and give back the rows it
 * selected and how many rows it changed. Node has no standard SQL interface, so adapt your driver to this (pg,
 * mysql2, better-sqlite3: a few lines each); the tests adapt sql.js.
 */
export interface SqlClient {
  query(sql: string, params: readonly SqlValue[]): Promise<{ rows: readonly Record<string, unknown>[]; changes: number }>;
}

/** The run's state as the row's state column holds it. */
interface Stored {
  status: Status;
  steps: Record<string, StepStatus>;
  outputs: Record<string, Output>;
  completed: string[];
  errors: string[];
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,55}$/;

/**
 * A state store in a SQL database: one row per run in the table the saga's state_persistence names (the export writes
 * its DDL to sql/). The run's step statuses, outputs and errors are one JSON document in the row's state column; its
 * status is a column of its own, for queries. The statements are plain SQL (an update, else an insert).
 */
export class SqlSagaStateStore implements SagaStateStore {
  private readonly select: string;
  private readonly update: string;
  private readonly insert: string;

  /**
   * @param table       the table, as the saga's state_persistence names it: letters, digits and underscores
   * @param placeholder the driver's parameter for the n-th value, from 1: "?" (the default) or `$${n}` for pg
   */
  constructor(
    private readonly client: SqlClient,
    table: string,
    private readonly sagaName: string,
    placeholder: (n: number) => string = () => "?",
  ) {
    if (!PLAIN_NAME.test(table)) {
      throw new Error(`'${table}' is not a table name the store can use: letters, digits and underscores only`);
    }
    const p = placeholder;
    this.select = `SELECT state FROM ${table} WHERE saga_id = ${p(1)}`;
    this.update = `UPDATE ${table} SET status = ${p(1)}, state = ${p(2)}, updated_at = ${p(3)} WHERE saga_id = ${p(4)}`;
    this.insert = `INSERT INTO ${table} (saga_id, saga_name, status, state, updated_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`;
  }

  async load(sagaId: string): Promise<SagaState | undefined> {
    const { rows } = await this.client.query(this.select, [sagaId]);
    if (rows.length === 0) {
      return undefined;
    }
    const stored = JSON.parse(String(rows[0].state ?? rows[0].STATE)) as Stored;
    return { sagaId, status: stored.status, steps: stored.steps, outputs: stored.outputs, completed: stored.completed, errors: stored.errors };
  }

  async save(state: SagaState): Promise<void> {
    const stored: Stored = { status: state.status, steps: state.steps, outputs: state.outputs, completed: state.completed, errors: state.errors };
    const json = JSON.stringify(stored);
    const now = new Date().toISOString();
    const updated = await this.client.query(this.update, [state.status, json, now, state.sagaId]);
    if (updated.changes > 0) {
      return;
    }
    try {
      await this.client.query(this.insert, [state.sagaId, this.sagaName, state.status, json, now]);
    } catch (error) {
      // Another process inserted the run first: the row is there now, so update it.
      const again = await this.client.query(this.update, [state.status, json, now, state.sagaId]);
      if (again.changes === 0) {
        throw error;
      }
    }
  }
}
