import type { RequestLogEntry } from '../../emulator/portal.ts';

/** A request as the report names it: its REST method, a batch by its commands (`batch[a+b]`). */
function methodOf(entry: RequestLogEntry): string {
  if (entry.commands === undefined) return entry.method;
  const methods = Object.values(entry.commands).map((command) => command.method);
  return `${entry.method}[${methods.join('+')}]`;
}

/** How many of the requests went to each method (methodOf). */
export function countByMethod(entries: readonly RequestLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) {
    const method = methodOf(entry);
    counts[method] = (counts[method] ?? 0) + 1;
  }
  return counts;
}
