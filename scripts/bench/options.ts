import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Injected delay of every /rest request and preflight, in ms. */
  latencyMs: number;
  /** Measured runs per strategy. */
  runs: number;
  /** Our build to measure; undefined = `dist/` (built first when missing). */
  appDir: string | undefined;
  /** Simulated minutes of one open card, in use and idle, whose requests are counted; 0 = skip. */
  pollingMinutes: number;
}

const usage =
  'usage: npm run bench -- [--latency <ms>] [--runs <n>] [--app-dir <build dir>] [--polling-minutes <n>]';

/** A mistake on the command line: worth a message and the usage, not a stack trace. */
export class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${usage}`);
    this.name = 'UsageError';
  }
}

function integerOption(name: string, raw: string | undefined, fallback: number, min: number) {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let values: { latency?: string; runs?: string; 'app-dir'?: string; 'polling-minutes'?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        latency: { type: 'string' },
        runs: { type: 'string' },
        'app-dir': { type: 'string' },
        'polling-minutes': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    // 150 ms: a typical round trip from a user's browser to a cloud portal, so that the
    // number of sequential round trips shows up in the totals the way it does for users.
    latencyMs: integerOption('latency', values.latency, 150, 0),
    runs: integerOption('runs', values.runs, 12, 1),
    // Another build of the app (e.g. one made with `vite build --outDir`), so that measuring
    // never needs to write the shared `dist/`.
    appDir: values['app-dir'] === undefined ? undefined : resolve(values['app-dir']),
    // An hour: the unit the portal's budget is thought in (issue 13).
    pollingMinutes: integerOption('polling-minutes', values['polling-minutes'], 60, 0),
  };
}
