// The saga runtime of EventStorm Studio's saga code: the same in every export, written by hand, not generated.

import { randomUUID } from "node:crypto";

/** How the wait between attempts grows: the base once (fixed), times the attempt (linear) or doubling (exponential). */
export type Backoff = "fixed" | "linear" | "exponential";
/** Where a run is: running, completed, undone by compensation, or failed (stopped, or a compensation failed). */
export type Status = "RUNNING" | "COMPLETED" | "COMPENSATED" | "FAILED";
/** Where a step of a run is. */
export type StepStatus = "PENDING" | "COMPLETED" | "FAILED" | "TIMED_OUT" | "COMPENSATED" | "COMPENSATION_FAILED";
/** What a service answered. */
export type Output = Record<string, unknown>;
/** The event that starts a run. */
export type SagaEvent = Readonly<Record<string, unknown>>;

/** A step as the saga definition declares it: its timeout, how often it is tried, how the wait grows, whether it can be undone. */
export interface StepDefinition {
  readonly id: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  readonly compensable: boolean;
}

/**
 * A saga as its definition declares it: the steps, the waves they run in (the steps of a wave at once), the order of
 * compensation (null: reverse order of completion) and what a failure does; keyFields name a run when the saga is
 * idempotent (none: the event's "id").
 */
export interface SagaDefinition {
  readonly name: string;
  readonly steps: readonly StepDefinition[];
  readonly waves: readonly (readonly string[])[];
  readonly compensationOrder: readonly string[] | null;
  readonly compensateOnTimeout: boolean;
  readonly compensateOnError: boolean;
  readonly maxCompensationAttempts: number;
  readonly idempotent: boolean;
  readonly keyFields: readonly string[];
}

/**
 * The run an event belongs to. An idempotent saga names it by the saga and the key fields' values,
 * `name:value1:value2`, so the same event always finds the same run; an event without one of those fields is refused
 * rather than sharing a run with every other such event. A saga that is not idempotent gives every event a run of its
 * own, `name:<random UUID>`.
 */
export function sagaIdOf(definition: SagaDefinition, event: SagaEvent): string {
  if (!definition.idempotent) {
    return `${definition.name}:${randomUUID()}`;
  }
  const keys = definition.keyFields.length === 0 ? ["id"] : definition.keyFields;
  const parts = [definition.name];
  for (const key of keys) {
    const value = event[key];
    if (value === undefined || value === null) {
      throw new Error(`the event has no ${key}: ${definition.name} runs once per ${keys.join(", ")}, so its trigger event must carry it`);
    }
    parts.push(String(value));
  }
  return parts.join(":");
}

/**
 * What a step's handler is given: the run, the step, a key that is the same every time this step of this run is tried
 * (so the service can ignore a repeat), the trigger event and what the completed steps returned.
 */
export interface StepRequest {
  readonly sagaId: string;
  readonly step: string;
  readonly idempotencyKey: string;
  readonly event: SagaEvent;
  readonly outputs: Readonly<Record<string, Output>>;
}

/** Sends a step's command, or its compensation, to the service that does it. */
export type StepHandler = (request: StepRequest) => Promise<Output>;

/** One run of a saga: its status, each step's status and output, the steps completed in order, the errors. */
export interface SagaState {
  sagaId: string;
  status: Status;
  steps: Record<string, StepStatus>;
  outputs: Record<string, Output>;
  completed: string[];
  errors: string[];
}

/** A fresh run: every step pending. */
export function newState(definition: SagaDefinition, sagaId: string): SagaState {
  const steps: Record<string, StepStatus> = {};
  for (const step of definition.steps) {
    steps[step.id] = "PENDING";
  }
  return { sagaId, status: "RUNNING", steps, outputs: {}, completed: [], errors: [] };
}

function copyState(state: SagaState): SagaState {
  return { ...state, steps: { ...state.steps }, outputs: { ...state.outputs }, completed: [...state.completed], errors: [...state.errors] };
}

/** Where the saga keeps its runs, so an interrupted run resumes and a repeated event is recognised. */
export interface SagaStateStore {
  load(sagaId: string): Promise<SagaState | undefined>;
  save(state: SagaState): Promise<void>;
}

/** A state store in memory: for tests, and for sagas that need not outlive the process. */
export class InMemorySagaStateStore implements SagaStateStore {
  private readonly states = new Map<string, SagaState>();

  async load(sagaId: string): Promise<SagaState | undefined> {
    const state = this.states.get(sagaId);
    return state === undefined ? undefined : copyState(state);
  }

  async save(state: SagaState): Promise<void> {
    this.states.set(state.sagaId, copyState(state));
  }
}

/** How a run ended. */
export interface SagaResult {
  readonly sagaId: string;
  readonly status: Status;
  readonly errors: readonly string[];
}

/** How long a step may take, the first wait between attempts, and how to wait: the defaults, or a test's. */
export interface SagaSettings {
  readonly sleep: (ms: number) => Promise<void>;
  readonly backoffBaseMs: number;
  readonly timeoutMs: (step: StepDefinition) => number;
}

/** Waits for real, 200 ms at first, and gives each step its declared timeout. */
export const DEFAULT_SETTINGS: SagaSettings = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  backoffBaseMs: 200,
  timeoutMs: (step) => step.timeoutMs,
};

/** The wait after attempt `attempt` (1 for the first) failed. */
export function delay(backoff: Backoff, baseMs: number, attempt: number): number {
  return backoff === "linear" ? baseMs * attempt : backoff === "exponential" ? baseMs * 2 ** Math.min(attempt - 1, 20) : baseMs;
}

class StepTimeout extends Error {}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function resultOf(state: SagaState): SagaResult {
  return { sagaId: state.sagaId, status: state.status, errors: [...state.errors] };
}

/**
 * Runs a saga: wave after wave, the steps of a wave at once, each attempt of a step within its timeout and retried with
 * its backoff; when a step gives up, the completed steps are compensated in the declared order (or the run stops, as
 * the failure handling says). Every change of a run is saved to the state store, so a run that was interrupted
 * resumes without repeating its completed steps and a run that has ended is not run again.
 */
export class SagaRunner {
  constructor(
    private readonly definition: SagaDefinition,
    private readonly commands: Readonly<Record<string, StepHandler>>,
    private readonly compensations: Readonly<Record<string, StepHandler>>,
    private readonly store: SagaStateStore,
    private readonly settings: SagaSettings = DEFAULT_SETTINGS,
  ) {
    for (const step of definition.steps) {
      if (commands[step.id] === undefined || (step.compensable && compensations[step.id] === undefined)) {
        throw new Error(`${definition.name}: no handler for step ${step.id}`);
      }
    }
  }

  /** Runs the saga for its trigger event; a run that has ended is not run again, an interrupted one resumes. */
  async execute(event: SagaEvent): Promise<SagaResult> {
    const sagaId = sagaIdOf(this.definition, event);
    const state = (await this.store.load(sagaId)) ?? newState(this.definition, sagaId);
    if (state.status !== "RUNNING") {
      return resultOf(state);
    }
    await this.store.save(state);
    for (const wave of this.definition.waves) {
      const pending = wave.filter((id) => state.steps[id] !== "COMPLETED").map((id) => this.step(id));
      const done = await Promise.all(pending.map((step) => this.runStep(step, event, state)));
      const failed = pending.find((_step, index) => !done[index]);
      if (failed !== undefined) {
        const timedOut = state.steps[failed.id] === "TIMED_OUT";
        if (timedOut ? this.definition.compensateOnTimeout : this.definition.compensateOnError) {
          await this.compensate(event, state);
        } else {
          state.status = "FAILED";
        }
        await this.store.save(state);
        return resultOf(state);
      }
    }
    state.status = "COMPLETED";
    await this.store.save(state);
    return resultOf(state);
  }

  private step(id: string): StepDefinition {
    const step = this.definition.steps.find((candidate) => candidate.id === id);
    if (step === undefined) {
      throw new Error(`${this.definition.name} has no step ${id}`);
    }
    return step;
  }

  /** Tries a step up to its attempts, waiting longer each time as its backoff says; true when it completed. */
  private async runStep(step: StepDefinition, event: SagaEvent, state: SagaState): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const of = ` (attempt ${attempt} of ${step.maxAttempts})`;
      try {
        const output = await this.call(step, this.commands[step.id], request(state, step, "", event));
        state.steps[step.id] = "COMPLETED";
        state.outputs[step.id] = output;
        state.completed.push(step.id);
        await this.store.save(state);
        return true;
      } catch (error) {
        const timedOut = error instanceof StepTimeout;
        state.steps[step.id] = timedOut ? "TIMED_OUT" : "FAILED";
        state.errors.push(`${step.id} ${timedOut ? "timed out after " + this.settings.timeoutMs(step) + " ms" : "failed: " + messageOf(error)}${of}`);
      }
      await this.store.save(state);
      if (attempt >= step.maxAttempts) {
        return false;
      }
      await this.settings.sleep(delay(step.backoff, this.settings.backoffBaseMs, attempt));
    }
  }

  /** Undoes the completed steps in the declared order, each compensation tried up to the saga's attempts. */
  private async compensate(event: SagaEvent, state: SagaState): Promise<void> {
    const order = this.definition.compensationOrder === null
      ? [...state.completed].reverse()
      : this.definition.compensationOrder.filter((id) => state.completed.includes(id));
    let undone = true;
    for (const id of order) {
      const step = this.step(id);
      if (!step.compensable) {
        continue;
      }
      let compensated = false;
      for (let attempt = 1; attempt <= this.definition.maxCompensationAttempts && !compensated; attempt++) {
        try {
          await this.call(step, this.compensations[id], request(state, step, ":compensation", event));
          compensated = true;
        } catch (error) {
          state.errors.push(`compensation of ${id} failed: ${messageOf(error)} (attempt ${attempt})`);
          if (attempt < this.definition.maxCompensationAttempts) {
            await this.settings.sleep(delay(step.backoff, this.settings.backoffBaseMs, attempt));
          }
        }
      }
      state.steps[id] = compensated ? "COMPENSATED" : "COMPENSATION_FAILED";
      undone = undone && compensated;
      await this.store.save(state);
    }
    state.status = undone ? "COMPENSATED" : "FAILED";
  }

  /** Sends a step's command (or its compensation) and waits at most the step's timeout for the answer. */
  private call(step: StepDefinition, handler: StepHandler, stepRequest: StepRequest): Promise<Output> {
    const timeoutMs = this.settings.timeoutMs(step);
    return new Promise<Output>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StepTimeout(`${step.id} timed out after ${timeoutMs} ms`)), timeoutMs);
      handler(stepRequest).then(
        (output) => {
          clearTimeout(timer);
          resolve(output ?? {});
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}

/** The idempotency key is the same every time this step (or its compensation) of this run is tried. */
function request(state: SagaState, step: StepDefinition, suffix: string, event: SagaEvent): StepRequest {
  return { sagaId: state.sagaId, step: step.id, idempotencyKey: `${state.sagaId}:${step.id}${suffix}`, event, outputs: { ...state.outputs } };
}
