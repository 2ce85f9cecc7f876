// `npm run bench` (issue "Speed", issue 13): time from iframe creation to a ready card with its
// messages, REST round trips and JS bytes of our production build against a naive reference
// page, under an injected REST latency (see probe.ts for how time is measured); then what one
// open card of ours costs the portal per hour, in use and idle (measure-polling.ts).
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startPortal, type Portal, type Scenario } from '../../emulator/portal.ts';
import { launchChromium } from './browser.ts';
import { buildNaivePage, ensureProductionBuild, givenBuild } from './builds.ts';
import { measureView, type MeasureSettings, type ViewRun } from './measure-view.ts';
import { measurePolling, pollingModes, type PollingRun } from './measure-polling.ts';
import { parseBenchOptions, UsageError } from './options.ts';
import { formatTable, summarize, writeReport, type BenchReport } from './report.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const resultsPath = join(repoRoot, 'bench', 'results', 'latest.json');

const scenario: Partial<Scenario> = {
  userId: 2,
  placement: 'CRM_DEAL_DETAIL_TAB',
  placementOptions: { ID: '42' },
};

const strategies = ['ours', 'naive'] as const;
type Strategy = (typeof strategies)[number];

// A broken strategy would otherwise burn the full timeout on every remaining run.
const maxFailuresInARow = 3;

// A fresh portal starts from its seed, so only the scenario and the latency need setting.
async function preparePortal(appDir: string, latencyMs: number): Promise<Portal> {
  const portal = await startPortal({ appDir, quiet: true, scenario });
  portal.setLatency(latencyMs);
  return portal;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const production =
    options.appDir === undefined ? ensureProductionBuild(repoRoot) : givenBuild(options.appDir);
  console.error('building the naive reference page into dist-bench/naive');
  const naiveDir = await buildNaivePage(repoRoot);

  // One portal per strategy: each serves its own page on its own app origin, and each keeps
  // its own request log, so a view's counts never mix with the other strategy's.
  const portals: Partial<Record<Strategy | 'polling', Portal>> = {};
  const browser = await launchChromium();
  const runs: ViewRun[] = [];
  // Both strategies share the machine, but a busy one stretches every fixed cost and so moves
  // the ratio: the report says how busy it was.
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  try {
    portals.ours = await preparePortal(production.dir, options.latencyMs);
    portals.naive = await preparePortal(naiveDir, options.latencyMs);
    const portalOf: Record<Strategy, Portal> = { ours: portals.ours, naive: portals.naive };
    const settings: MeasureSettings = {
      timeoutMs: 20_000,
      settleMs: Math.max(500, 2 * options.latencyMs + 200),
    };

    // One discarded view each: the first navigation of a fresh browser and the servers' first
    // requests are slower for reasons that belong to neither strategy.
    for (const strategy of strategies) {
      await measureView(browser, strategy, portalOf[strategy], settings);
    }

    const failuresInARow: Record<Strategy, number> = { ours: 0, naive: 0 };
    for (let round = 0; round < options.runs; round += 1) {
      // Alternate, and swap the order every round (ABBA), so drift in the machine's load
      // and any first-in-the-pair effect fall on both strategies alike.
      const order = round % 2 === 0 ? strategies : [...strategies].reverse();
      for (const strategy of order) {
        if (failuresInARow[strategy] >= maxFailuresInARow) continue;
        const run = await measureView(browser, strategy, portalOf[strategy], settings);
        runs.push(run);
        failuresInARow[strategy] = run.ok ? 0 : failuresInARow[strategy] + 1;
        console.error(
          `${strategy.padEnd(5)} round ${round + 1}/${options.runs}: ` +
            (run.ok ? `${run.ms?.toFixed(0)} ms` : `FAILED ${run.failure}`),
        );
      }
    }

    // Its own portal, without latency: the count depends on the schedule, not on the wire, and
    // an hour of answers at 150 ms each would only stretch the real time it takes.
    const polling: PollingRun[] = [];
    if (options.pollingMinutes > 0) {
      portals.polling = await preparePortal(production.dir, 0);
      for (const mode of pollingModes) {
        const run = await measurePolling(browser, mode, portals.polling, {
          minutes: options.pollingMinutes,
          warmupMinutes: 3,
          maxStepMs: 60_000,
          minStepMs: 20,
          blindStepMs: 1000,
          activityEveryMs: 90_000,
          timeoutMs: 20_000,
        });
        polling.push(run);
        console.error(
          `polling ${mode}: ` +
            (run.ok ? `${run.requestsPerHour} requests/hour` : `FAILED ${run.failure}`),
        );
      }
    }

    const summaries = strategies.map((strategy) => summarize(strategy, runs));
    const [ours, naive] = summaries;
    const report: BenchReport = {
      date: new Date().toISOString(),
      latencyMs: options.latencyMs,
      browser: `Chromium ${browser.version()}`,
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? Number.NaN },
      appDir: production.dir,
      productionBuiltAt: production.builtAt.toISOString(),
      scenario,
      strategies: summaries,
      ratioMedian: Number(((ours?.medianMs ?? NaN) / (naive?.medianMs ?? NaN)).toFixed(3)),
      runs,
      polling,
    };
    console.log(formatTable(report));
    writeReport(resultsPath, report);
    console.error(`written to ${resultsPath}`);
    if (runs.some((run) => !run.ok) || polling.some((run) => !run.ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    await Promise.all(Object.values(portals).map((portal) => portal.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
