import type { AppError } from './app-error.ts';
import type { B24Door, BatchCommand, BatchOutcome } from './door.ts';

/**
 * A batch takes 50 commands at most (facts §9, §13): the SDK refuses more before sending, and a
 * portal answers each command past 50 with ERROR_BATCH_LENGTH_EXCEEDED.
 */
export const BATCH_LIMIT = 50;

/** Commands that travel in one batch: a `$result[...]` reference resolves only inside its own. */
export type CommandGroup = Readonly<Record<string, BatchCommand>>;

/** Whole groups, in order, into as few batches of BATCH_LIMIT commands as they fill. */
export function packGroups(groups: readonly CommandGroup[]): Record<string, BatchCommand>[] {
  const batches: Record<string, BatchCommand>[] = [];
  let batch: Record<string, BatchCommand> = {};
  let size = 0;
  for (const group of groups) {
    const count = Object.keys(group).length;
    if (count > BATCH_LIMIT) throw new Error(`a command group of ${count} cannot be batched`);
    if (size + count > BATCH_LIMIT) {
      batches.push(batch);
      batch = {};
      size = 0;
    }
    Object.assign(batch, group);
    size += count;
  }
  if (size > 0) batches.push(batch);
  return batches;
}

/**
 * One step of a list's fetch: every group in halt=0 batches of at most 50 commands, sent side by
 * side (one round trip however many batches), their answers merged. Nothing is sent once
 * `signal` is aborted: a superseded search stops at its next step.
 */
export async function callSplitBatch(
  door: B24Door,
  groups: readonly CommandGroup[],
  signal?: AbortSignal,
): Promise<BatchOutcome> {
  signal?.throwIfAborted();
  const outcomes = await Promise.all(
    packGroups(groups).map((commands) => door.callBatch(commands, { halt: false })),
  );
  const results: Record<string, unknown> = {};
  const errors: Record<string, AppError> = {};
  for (const outcome of outcomes) {
    Object.assign(results, outcome.results);
    Object.assign(errors, outcome.errors);
  }
  return { results, errors };
}

/** Commands that need no company: one group each. */
export function oneByOne(commands: Readonly<Record<string, BatchCommand>>): CommandGroup[] {
  return Object.entries(commands).map(([name, command]) => ({ [name]: command }));
}
