import type { BatchCommand, BatchOutcome } from './door.ts';

/** One REST method the app called, and the error code it got (`null` = it succeeded). */
export interface CallLogEntry {
  method: string;
  errorCode: string | null;
}

const KEEP = 50;

// `$result[command][field]…` inside a batch command's params (facts §13).
const REFERENCE = /\$result((?:\[[^\]]+\])+)/g;
const SEGMENT = /\[([^\]]+)\]/g;

interface Reference {
  path: string[];
  /** The reference is the parameter's whole value, not part of a longer string. */
  whole: boolean;
}

/** An object or an array: what PHP can walk into with `[key]`. */
function isWalkable(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

function referencesIn(value: unknown): Reference[] {
  if (typeof value === 'string') {
    return [...value.matchAll(REFERENCE)].map(([match, path = '']) => ({
      path: [...path.matchAll(SEGMENT)].map(([, segment = '']) => segment),
      whole: match === value,
    }));
  }
  if (isWalkable(value)) return Object.values(value).flatMap(referencesIn);
  return [];
}

/** Whether the portal had a value to put in place of the reference (processBatchElement). */
function resolves({ path, whole }: Reference, results: Readonly<Record<string, unknown>>): boolean {
  let current: unknown = results;
  for (const segment of path) {
    if (!isWalkable(current) || !Object.hasOwn(current, segment)) return false;
    current = current[segment];
    // PHP's isset(): null on the way does not resolve.
    if (current === null || current === undefined) return false;
  }
  // Inside a longer string only numbers and strings are substituted.
  return whole || typeof current === 'string' || typeof current === 'number';
}

/**
 * A tiny in-memory record of this session's REST calls for the settings' diagnostics.
 * Method names and error codes only: never params, results or tokens.
 */
export class CallLog {
  #entries: readonly CallLogEntry[] = [];
  readonly #listeners = new Set<() => void>();

  record(method: string, errorCode: string | null): void {
    this.#entries = [...this.#entries, { method, errorCode }].slice(-KEEP);
    for (const listener of this.#listeners) listener();
  }

  /**
   * Every command of a batch. One that failed because a `$result` reference of its own had
   * nothing to refer to (the details of a lookup that found no chat answer DIALOG_ID_EMPTY)
   * got the expected answer, not an error: the command it refers to carries any real one.
   */
  recordBatch(commands: Readonly<Record<string, BatchCommand>>, outcome: BatchOutcome): void {
    for (const [name, command] of Object.entries(commands)) {
      const error = outcome.errors[name];
      const unresolved = referencesIn(command.params).some(
        (reference) => !resolves(reference, outcome.results),
      );
      this.record(command.method, error === undefined || unresolved ? null : error.code);
    }
  }

  /** A new array after every record, the same one otherwise (useSyncExternalStore's snapshot). */
  entries = (): readonly CallLogEntry[] => this.#entries;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}
