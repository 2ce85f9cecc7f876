import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { ViewRun } from './measure-view.ts';
import type { PollingRun } from './measure-polling.ts';
import { mean, median, percentile } from './stats.ts';

export interface StrategySummary {
  strategy: string;
  runs: number;
  succeeded: number;
  medianMs: number;
  p95Ms: number;
  requestsPerView: number;
  /** Requests sent before the card was ready: the first view's round trips. */
  requestsToReady: number;
  preflightsPerView: number;
  /** The requests of a view by method, averaged over the successful views. */
  methodsPerView: Record<string, number>;
  /** Messages on screen at ready: 0 means the build has no conversation (ready is not comparable). */
  messagesPerView: number;
  jsGzipKiB: number;
  failures: string[];
}

export interface BenchReport {
  date: string;
  latencyMs: number;
  browser: string;
  /** 1-minute load average of the machine when the runs began and ended. */
  loadAverage: { start: number; end: number };
  /** The build measured as "ours". */
  appDir: string;
  productionBuiltAt: string;
  scenario: unknown;
  strategies: StrategySummary[];
  /** Median ours / median naive: below 1 means our app is ready sooner. */
  ratioMedian: number;
  runs: ViewRun[];
  /** One open card of ours for a simulated hour, in use and idle (empty when skipped). */
  polling: PollingRun[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

// Counts and bytes come from successful views only: a view that failed half-way says nothing
// about what a view costs.
export function summarize(strategy: string, runs: readonly ViewRun[]): StrategySummary {
  const mine = runs.filter((run) => run.strategy === strategy);
  const ok = mine.filter((run) => run.ok);
  const times = ok.flatMap((run) => (run.ms === undefined ? [] : [run.ms]));
  return {
    strategy,
    runs: mine.length,
    succeeded: ok.length,
    medianMs: round(median(times), 1),
    p95Ms: round(percentile(times, 95), 1),
    requestsPerView: round(mean(ok.map((run) => run.requests)), 2),
    requestsToReady: round(mean(ok.map((run) => run.requestsToReady ?? Number.NaN)), 2),
    preflightsPerView: round(mean(ok.map((run) => run.preflights)), 2),
    messagesPerView: round(mean(ok.map((run) => run.messages ?? 0)), 1),
    methodsPerView: averageMethods(ok),
    jsGzipKiB: round(mean(ok.map((run) => run.jsGzipBytes)) / 1024, 1),
    failures: mine.flatMap((run, index) =>
      run.failure === undefined ? [] : [`run ${index + 1}: ${run.failure}`],
    ),
  };
}

function averageMethods(runs: readonly ViewRun[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const run of runs) {
    for (const [method, count] of Object.entries(run.methods)) {
      sums[method] = (sums[method] ?? 0) + count;
    }
  }
  return Object.fromEntries(
    Object.entries(sums).map(([method, sum]) => [method, round(sum / runs.length, 2)]),
  );
}

export function formatTable(report: BenchReport): string {
  const header = [
    'strategy',
    'runs',
    'median ms',
    'p95 ms',
    'requests to ready',
    'requests/view',
    'preflights/view',
    'messages',
    'JS gzip KiB',
  ];
  const rows = report.strategies.map((row) => [
    row.strategy,
    row.succeeded === row.runs ? String(row.runs) : `${row.succeeded}/${row.runs} ok`,
    row.medianMs.toFixed(0),
    row.p95Ms.toFixed(0),
    String(row.requestsToReady),
    String(row.requestsPerView),
    String(row.preflightsPerView),
    String(row.messagesPerView),
    row.jsGzipKiB.toFixed(1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  const failures = report.strategies.flatMap((row) =>
    row.failures.map((failure) => `FAILED ${row.strategy} ${failure}`),
  );
  const withoutMessages = report.strategies
    .filter((row) => row.succeeded > 0 && row.messagesPerView === 0)
    .map(
      (row) =>
        `WARNING ${row.strategy}: ready without any message shown (a build without the conversation): its time is not comparable`,
    );
  const methods = report.strategies.map(
    (row) => `${row.strategy} per view: ${formatMethods(row.methodsPerView)}`,
  );
  const polling = report.polling.map((run) =>
    run.ok
      ? `polling, one card ${run.mode}: ${run.requestsPerHour} requests/hour (${run.requests} in ${run.simulatedMinutes} simulated min, ${run.preflights} preflights, ${(run.wallMs / 1000).toFixed(0)} s real): ${formatMethods(run.byMethod)}`
      : `FAILED polling, one card ${run.mode}: ${run.failure}`,
  );
  return [
    `REST latency ${report.latencyMs} ms (preflights too), ${report.browser}, cold cache per run`,
    `load average ${report.loadAverage.start.toFixed(1)} → ${report.loadAverage.end.toFixed(1)} (${cpus().length} CPUs)`,
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
    `ratio median ours/naive: ${report.ratioMedian.toFixed(2)}`,
    ...methods,
    ...polling,
    ...withoutMessages,
    ...failures,
  ].join('\n');
}

function formatMethods(byMethod: Record<string, number>): string {
  const entries = Object.entries(byMethod).sort(([, a], [, b]) => b - a);
  return entries.length === 0 ? 'none' : entries.map(([method, n]) => `${n} ${method}`).join(', ');
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
