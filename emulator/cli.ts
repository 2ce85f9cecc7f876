import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { startPortal } from './portal.ts';

// `npm start`: the built app (dist/) inside the emulated portal, on PORT (default 5180).
// `npm run dev` (`--dev`): the same portal framing Vite's dev server instead, so an edit shows
// in the portal's frame by hot reload (React Fast Refresh). APP_PORT sets the app's port.

const port = Number(process.env['PORT'] ?? 5180);
const appPort = Number(process.env['APP_PORT'] ?? 0);

async function startDevServer(): Promise<{ vite: ViteDevServer; origin: string }> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Loopback only, like the emulator's own servers; 127.0.0.1 and not localhost, so the app
    // has an origin of its own beside the portal's, as in production.
    server: { host: '127.0.0.1', port: appPort, strictPort: true },
    clearScreen: false,
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('The Vite dev server has no local URL');
  return { vite, origin: new URL(url).origin };
}

const dev = process.argv.includes('--dev') ? await startDevServer() : undefined;
const portal = await startPortal({ port, appPort, appOrigin: dev?.origin });
console.log(`Linked Chat is running in the emulated Bitrix24 portal: ${portal.cardUrl()}`);
console.log(
  `(app origin ${portal.appOrigin}${dev ? ': Vite, hot reload' : ''}; ` +
    `the page's "Emulator" panel switches scenarios; Ctrl-C stops)`,
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([portal.close(), dev?.vite.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
