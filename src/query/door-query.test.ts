import { skipToken } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { fakeDoor, restError } from '../test/fake-door.ts';
import { doorQueryOptions } from './door-query.ts';
import { createQueryClient } from './query-client.ts';

// Register.defaultError says every query and mutation fails with an AppError, which the views
// turn into a state and a sentence: what escapes a fetcher must be one, whatever it was.

describe('doorQueryOptions', () => {
  it('hands the door to the fetcher, and keeps it out of the key', async () => {
    const door = fakeDoor();
    const options = doorQueryOptions(door, {
      queryKey: ['probe', 42],
      queryFn: (given) => (given === door ? 'through the door' : 'another door'),
    });
    expect(options.queryKey).toEqual(['probe', 42]);
    await expect(createQueryClient().fetchQuery(options)).resolves.toBe('through the door');
  });

  it('fails with the AppError the door threw, as it is', async () => {
    const refused = restError('ACCESS_ERROR');
    const options = doorQueryOptions(fakeDoor(), {
      queryKey: ['probe'],
      queryFn: () => Promise.reject(refused),
    });
    await expect(createQueryClient().fetchQuery(options)).rejects.toBe(refused);
  });

  it('turns a bug in a fetcher into an AppError', async () => {
    const options = doorQueryOptions(fakeDoor(), {
      queryKey: ['probe'],
      queryFn: (): number => {
        throw new TypeError('reading a field of undefined');
      },
    });
    const failure = await createQueryClient()
      .fetchQuery(options)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ kind: 'error', code: 'UNEXPECTED' });
  });

  it('keeps skipToken: nothing to ask', () => {
    const options = doorQueryOptions(fakeDoor(), { queryKey: ['probe'], queryFn: skipToken });
    expect(options.queryFn).toBe(skipToken);
  });
});
