import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { fakeDoor } from '../test/fake-door.ts';
import { doorMutationOptions } from './door-mutation.ts';
import { createQueryClient } from './query-client.ts';

// Like a query's, a mutation's error is an AppError the views can put into words.

describe('doorMutationOptions', () => {
  it('hands the door and the variables to the change', async () => {
    const door = fakeDoor();
    const options = doorMutationOptions(door, {
      mutationFn: async (given, value: number) => (given === door ? value * 2 : -1),
    });
    await expect(new MutationObserver(createQueryClient(), options).mutate(21)).resolves.toBe(42);
  });

  it('turns a bug in a change into an AppError', async () => {
    const options = doorMutationOptions(fakeDoor(), {
      mutationFn: () => Promise.reject(new RangeError('bad length')),
    });
    const failure = await new MutationObserver(createQueryClient(), options)
      .mutate()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ kind: 'error', code: 'UNEXPECTED' });
  });
});
