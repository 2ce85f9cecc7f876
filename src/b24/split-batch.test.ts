import { describe, expect, it } from 'vitest';
import type { BatchCommand, BatchOutcome } from './door.ts';
import { fakeDoor, restError } from '../test/fake-door.ts';
import { callSplitBatch, oneByOne, packGroups, type CommandGroup } from './split-batch.ts';

const command: BatchCommand = { method: 'crm.item.list' };

function group(prefix: string, size: number): CommandGroup {
  return Object.fromEntries(
    Array.from({ length: size }, (_, index) => [`${prefix}${index}`, command]),
  );
}

const sizes = (batches: ReadonlyArray<Record<string, unknown>>) =>
  batches.map((batch) => Object.keys(batch).length);

describe('packGroups', () => {
  it('fills batches up to 50 commands, never splitting a group', () => {
    const pairs = Array.from({ length: 30 }, (_, index) => group(`pair${index}_`, 2));
    expect(sizes(packGroups(pairs))).toEqual([50, 10]);
    expect(sizes(packGroups([group('a', 49), group('b', 2), group('c', 1)]))).toEqual([49, 3]);
    expect(sizes(packGroups(oneByOne(group('list', 62))))).toEqual([50, 12]);
    expect(packGroups([])).toEqual([]);
  });

  it('refuses a group that no batch could hold', () => {
    expect(() => packGroups([group('big', 51)])).toThrow();
  });
});

describe('callSplitBatch', () => {
  it('sends the batches side by side, without halting, and merges their answers', async () => {
    const door = fakeDoor();
    const answers: Array<(outcome: BatchOutcome) => void> = [];
    door.callBatch.mockImplementation(
      () => new Promise<BatchOutcome>((resolve) => answers.push(resolve)),
    );
    const outcome = callSplitBatch(door, oneByOne(group('list', 62)));

    // Both are on their way before either has been answered: one round trip.
    expect(door.callBatch).toHaveBeenCalledTimes(2);
    expect(door.callBatch.mock.calls.map(([, options]) => options)).toEqual([
      { halt: false },
      { halt: false },
    ]);
    const error = restError('NOT_FOUND');
    answers[1]?.({ results: { list61: 'last' }, errors: { list60: error } });
    answers[0]?.({ results: { list0: 'first' }, errors: {} });
    expect(await outcome).toEqual({
      results: { list0: 'first', list61: 'last' },
      errors: { list60: error },
    });
  });

  it('sends nothing once its step was called off', async () => {
    const door = fakeDoor();
    const controller = new AbortController();
    controller.abort();
    await expect(
      callSplitBatch(door, oneByOne(group('list', 3)), controller.signal),
    ).rejects.toThrow();
    expect(door.callBatch).not.toHaveBeenCalled();
  });
});
