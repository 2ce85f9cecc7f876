import { startPortal } from './portal.ts';

// `npm start`: the built app inside the emulated portal, on PORT (default 5180).

const port = Number(process.env['PORT'] ?? 5180);
const appPort = Number(process.env['APP_PORT'] ?? 0);

const portal = await startPortal({ port, appPort });
console.log(`Linked Chat is running in the emulated Bitrix24 portal: ${portal.cardUrl()}`);
console.log(
  `(app origin ${portal.appOrigin}; the page's "Emulator" panel switches scenarios; Ctrl-C stops)`,
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await portal.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
