/**
 * `npm run serve`: serves the production build in dist/ the way Bitrix24 needs it (GET and
 * POST on the entry, CSP that lets the portal frame the app). Settings: docs/deploy.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readEnv } from './serve/env.ts';
import { createServer } from './serve/server.ts';

// How long open keep-alive and in-flight requests get to finish after SIGINT/SIGTERM.
const SHUTDOWN_GRACE_MS = 5_000;

function main(): void {
  let settings;
  try {
    settings = readEnv(process.env, fileURLToPath(new URL('../dist/', import.meta.url)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  if (!existsSync(join(settings.distDir, 'index.html'))) {
    console.error(`No index.html in ${settings.distDir}: run \`npm run build\` first.`);
    process.exit(1);
  }

  const server = createServer(settings);
  server.on('error', (error) => {
    console.error(`Cannot listen on ${settings.host}:${settings.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    const bound = server.address();
    if (bound === null || typeof bound === 'string') return;
    console.log(`Serving ${settings.distDir} at ${httpUrl(bound)}${settings.basePath}`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl+C means "now".
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: closing`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function httpUrl({ address, port }: AddressInfo): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

main();
