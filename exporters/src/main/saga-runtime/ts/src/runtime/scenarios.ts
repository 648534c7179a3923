// The test scenarios of EventStorm Studio's saga code: the same in every export, written by hand, not generated.

import { test } from "node:test";
import { strict as assert } from "node:assert";
import { Output, SagaDefinition, SagaEvent, SagaResult, SagaSettings, SagaState, SagaStateStore, InMemorySagaStateStore, newState, sagaIdOf } from "./saga";

/** No waiting between attempts, and 100 ms for any step: the scenarios run in a moment. */
export const FAST: SagaSettings = { sleep: async () => undefined, backoffBaseMs: 0, timeoutMs: () => 100 };

/** Plays the services: records every call as service/command; the calls in failing throw, those in hanging never answer. */
export class Recorder {
  readonly calls: string[] = [];
  readonly failing = new Set<string>();
  readonly hanging = new Set<string>();

  answer(call: string): Promise<Output> {
    this.calls.push(call);
    if (this.hanging.has(call)) {
      return new Promise(() => undefined);
    }
    if (this.failing.has(call)) {
      return Promise.reject(new Error(`${call} refused`));
    }
    return Promise.resolve({ by: call });
  }
}

/** The saga under test: what the generated saga class's execute does. */
export interface Saga {
  execute(event: SagaEvent): Promise<SagaResult>;
}

/** The saga wired to fake services, and what every scenario of it shares. */
export interface Subject {
  readonly definition: SagaDefinition;
  readonly event: SagaEvent;
  readonly saga: (recorder: Recorder, store: SagaStateStore) => Saga;
  /** True when no two steps run at once, so the order of the calls is fixed. */
  readonly ordered: boolean;
  /** Every compensation call the saga can make. */
  readonly compensations: readonly string[];
}

/** One of the feature spec's test scenarios for a saga, with what it expects. */
export type Scenario =
  | { readonly kind: "completes"; readonly calls: readonly string[]; readonly before: readonly (readonly [string, string])[] }
  | {
      readonly kind: "fails";
      readonly step: string;
      readonly call: string;
      readonly timeout: boolean;
      readonly expected: "COMPENSATED" | "FAILED";
      readonly attempts: number;
      readonly compensations: readonly string[];
      readonly notCalled: readonly string[];
    }
  | { readonly kind: "repeats" }
  | { readonly kind: "unkeyed" }
  | { readonly kind: "resumes"; readonly step: string; readonly call: string; readonly calls: number }
  | { readonly kind: "ownRuns" };

function nameOf(scenario: Scenario): string {
  switch (scenario.kind) {
    case "completes":
      return "completes when every step succeeds";
    case "fails":
      return scenario.timeout ? `handles a timeout in ${scenario.step}`
        : `${scenario.expected === "COMPENSATED" ? "compensates" : "stops"} after a failure of ${scenario.step}`;
    case "repeats":
      return "is idempotent on retry: a repeated event does not run the saga again, a different one does";
    case "unkeyed":
      return "an event without its key fields is refused";
    case "resumes":
      return "an interrupted run resumes without repeating its completed steps";
    case "ownRuns":
      return "each event starts a run of its own";
  }
}

/** One node:test test per scenario. */
/** Where the scenarios keep their runs: a name for the tests, and a fresh store for each scenario. */
export interface Kept {
  readonly where: string;
  readonly store: () => Promise<SagaStateStore>;
}

const IN_MEMORY: Kept = { where: "", store: async () => new InMemorySagaStateStore() };

/** One node:test test per scenario, the runs kept in memory or where kept says. */
export function scenarios(subject: Subject, list: readonly Scenario[], kept: Kept = IN_MEMORY): void {
  for (const scenario of list) {
    test((kept.where === "" ? "" : `${kept.where}: `) + nameOf(scenario), () => play(subject, scenario, kept));
  }
}

async function play(subject: Subject, scenario: Scenario, kept: Kept): Promise<void> {
  const inOrder = (calls: readonly string[]) => (subject.ordered ? [...calls] : [...calls].sort());
  const recorder = new Recorder();
  switch (scenario.kind) {
    case "completes": {
      const result = await subject.saga(recorder, await kept.store()).execute(subject.event);
      assert.equal(result.status, "COMPLETED", result.errors.join("; "));
      assert.deepEqual(inOrder(recorder.calls), inOrder(scenario.calls));
      for (const [earlier, later] of scenario.before) {
        assert.ok(recorder.calls.indexOf(earlier) < recorder.calls.indexOf(later), `${later} runs after ${earlier}, the step it depends on`);
      }
      return;
    }
    case "fails": {
      (scenario.timeout ? recorder.hanging : recorder.failing).add(scenario.call);
      const result = await subject.saga(recorder, await kept.store()).execute(subject.event);
      assert.equal(result.status, scenario.expected, result.errors.join("; "));
      assert.equal(recorder.calls.filter((call) => call === scenario.call).length, scenario.attempts, "tried as often as its retry allows");
      if (scenario.timeout) {
        assert.ok(result.errors.some((error) => error.includes("timed out")), result.errors.join("; "));
      }
      const made = recorder.calls.filter((call) => subject.compensations.includes(call));
      assert.deepEqual(inOrder(made), inOrder(scenario.compensations), "the completed steps are undone in the declared order");
      for (const later of scenario.notCalled) {
        assert.ok(!recorder.calls.includes(later), `${later}: no later step runs`);
      }
      return;
    }
    case "repeats": {
      const saga = subject.saga(recorder, await kept.store());
      const first = await saga.execute(subject.event);
      const calls = recorder.calls.length;
      assert.deepEqual(await saga.execute(subject.event), first);
      assert.equal(recorder.calls.length, calls, "no service is called again");
      const other: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(subject.event)) {
        other[key] = `${String(value)}-other`;
      }
      const second = await saga.execute(other);
      assert.equal(second.status, "COMPLETED", second.errors.join("; "));
      assert.notEqual(second.sagaId, first.sagaId, "a different event is a run of its own");
      assert.equal(recorder.calls.length, 2 * calls, "a different event runs every step again");
      return;
    }
    case "unkeyed": {
      const key = subject.definition.keyFields.length === 0 ? "id" : subject.definition.keyFields[0];
      await assert.rejects(subject.saga(recorder, await kept.store()).execute({}),
        (error: unknown) => error instanceof Error && error.message.startsWith(`the event has no ${key}`));
      assert.deepEqual(recorder.calls, [], "no service is called");
      return;
    }
    case "resumes": {
      const store = await kept.store();
      const interrupted: SagaState = newState(subject.definition, sagaIdOf(subject.definition, subject.event));
      interrupted.steps[scenario.step] = "COMPLETED";
      interrupted.outputs[scenario.step] = { by: "an earlier run" };
      interrupted.completed.push(scenario.step);
      await store.save(interrupted);
      const result = await subject.saga(recorder, store).execute(subject.event);
      assert.equal(result.status, "COMPLETED", result.errors.join("; "));
      assert.ok(!recorder.calls.includes(scenario.call), "the completed step is not sent again");
      assert.equal(recorder.calls.length, scenario.calls);
      return;
    }
    case "ownRuns":
      assert.notEqual(sagaIdOf(subject.definition, subject.event), sagaIdOf(subject.definition, subject.event), "the saga is not idempotent");
      return;
  }
}
