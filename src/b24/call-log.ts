/** One REST method the app called, and the error code it got (`null` = it succeeded). */
export interface CallLogEntry {
  method: string;
  errorCode: string | null;
}

const KEEP = 50;

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

  /** A new array after every record, the same one otherwise (useSyncExternalStore's snapshot). */
  entries = (): readonly CallLogEntry[] => this.#entries;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}
