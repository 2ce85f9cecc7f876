import type { Fault } from './types.ts';

/** Injected faults, matched in insertion order; a fault with `times` heals after that many uses. */
export class FaultStore {
  #faults: Array<{ fault: Fault; left: number }> = [];

  add(fault: Fault): void {
    this.#faults.push({ fault, left: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#faults = [];
  }

  /** The first live fault for this method and scope, consumed once. */
  take(method: string, scope: 'request' | 'command'): Fault | undefined {
    const entry = this.#faults.find(
      ({ fault, left }) =>
        left > 0 &&
        (fault.scope ?? 'request') === scope &&
        (fault.method === undefined || fault.method.toLowerCase() === method.toLowerCase()),
    );
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.fault;
  }
}
