import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postMessage, readState, removeMember } from './chat-control.ts';
import { addRecordChats } from './paging-chats.ts';
import { createStaticHandler } from './http/static-files.ts';
import { createPortalHandler } from './portal-server.ts';
import { mergeScenario, pagePath } from './scenario.ts';
import { PortalState } from './state.ts';
import type { Portal, PortalOptions } from './types.ts';

export type * from './types.ts';

// The emulated Bitrix24 portal (docs/emulator-api.md): portal origin P = http://localhost:<port>
// (page, REST, control API) and app origin A = http://127.0.0.1:<appPort> (the built app, or
// the origin passed as `appOrigin`, e.g. Vite's dev server).
// Two origins, as in production, so the SDK's origin checks run for real (§1, §10.1).

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Loopback only: the emulator hands out tokens and must never be reachable from outside. */
const HOST = '127.0.0.1';

function guarded(
  handler: (...args: Parameters<RequestListener>) => Promise<void>,
): RequestListener {
  return (req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error('[portal] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal emulator error');
    });
  };
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      done();
    });
  });
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/** The app origin A serving a built app from `root`. */
async function serveApp(root: string, port: number) {
  const server = createServer(guarded(createStaticHandler(root)));
  const origin = `http://${HOST}:${await listen(server, port)}`;
  return { origin, close: () => close(server) };
}

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const state = new PortalState(options.scenario ?? {}, options.quiet ?? false);
  const appPath = options.appPath ?? '/index.html';

  const app = options.appOrigin
    ? { origin: options.appOrigin, close: async () => {} }
    : await serveApp(options.appDir ?? resolve(REPO_ROOT, 'dist'), options.appPort ?? 0);
  const appOrigin = app.origin;

  // The portal handler needs its own URL, known only after listen: bind it late.
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();
  const portalServer = createServer((req, res) => handler(req, res));
  const port = await listen(portalServer, options.port ?? 0).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  const domain = `localhost:${port}`;
  const url = `http://${domain}`;
  const cardUrl = () => `${url}${pagePath(state.scenario)}`;
  handler = guarded(createPortalHandler({ state, cardUrl, domain, appOrigin, appPath }));

  return {
    url,
    appOrigin,
    cardUrl,
    setScenario: (patch) => {
      state.scenario = mergeScenario(state.scenario, patch);
    },
    resetScenario: () => state.resetScenario(),
    reset: () => state.reset(),
    scenario: () => structuredClone(state.scenario),
    addFault: (fault) => state.faults.add(fault),
    clearFaults: () => state.faults.clear(),
    expireTokens: () => state.tokens.expireAll(),
    setLatency: (ms) => {
      state.latencyMs = Math.max(0, ms);
    },
    requests: () => state.log.requests(),
    messages: () => state.log.messages(),
    clearLog: () => state.log.clear(),
    appOptions: () => structuredClone(state.appOptions),
    userOptions: (userId) => structuredClone(state.userOptionsOf(userId ?? state.scenario.userId)),
    bindings: () => structuredClone(state.bindings),
    notifications: () => structuredClone(state.notifications),
    installFinished: () => state.installed,
    issueToken: (userId) => state.issueToken(userId),
    issuedTokens: () => state.tokens.issued(),
    navigations: () => state.log.navigations(),
    hideFrame: () => state.setFrameHidden(true),
    showFrame: () => state.setFrameHidden(false),
    frameHidden: () => state.frameHidden,
    postMessage: (input) => postMessage(state, input),
    removeMember: (chatId, userId) => removeMember(state, chatId, userId),
    readState: (chatId, userId) => readState(state, chatId, userId ?? state.scenario.userId),
    addRecordChats: (count) => addRecordChats(state, count),
    close: async () => {
      await Promise.all([close(portalServer), app.close()]);
    },
  };
}
