import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { avatarSvg } from './avatar.ts';
import { handleControl, type ControlContext } from './control-api.ts';
import { sendText } from './http/respond.ts';
import { contentType } from '../scripts/serve/content-types.ts';
import { renderPortalPage, renderStartPage } from './portal-page.ts';
import { scenarioForPath } from './scenario.ts';
import { handleRest } from './rest/rest-server.ts';

// The portal origin P: REST, the emulator's control API, the page's static files, seeded
// avatars, the start page at `/`, and the portal page itself for any other GET (every such
// load is logged in navigations()).

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'page');
const PAGE_FILES = new Set(['portal-page.js', 'portal.css']);

export interface PortalServerContext extends ControlContext {
  /** host:port of P, as window.name and the init data carry it. */
  domain: string;
  appOrigin: string;
  appPath: string;
}

async function servePageFile(res: ServerResponse, name: string): Promise<void> {
  if (!PAGE_FILES.has(name)) {
    sendText(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  sendText(res, 200, await readFile(join(PAGE_DIR, name)), contentType(name));
}

export function createPortalHandler(ctx: PortalServerContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://${ctx.domain}`);
    const path = url.pathname;
    if (path.startsWith('/rest/')) return handleRest(req, res, url, ctx.state);
    if (path.startsWith('/_emulator/static/')) {
      return servePageFile(res, path.slice('/_emulator/static/'.length));
    }
    if (path.startsWith('/_emulator/')) return handleControl(req, res, url, ctx);
    req.resume();
    const avatar = path.startsWith('/upload/') ? avatarSvg(path) : undefined;
    if (avatar) return sendText(res, 200, avatar, 'image/svg+xml');
    if (req.method !== 'GET' || path.startsWith('/upload/') || path === '/favicon.ico') {
      return sendText(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
    ctx.state.log.addNavigation({ at: Date.now(), url: `${path}${url.search}`, path });
    if (path === '/') {
      return sendText(res, 200, renderStartPage(ctx.state.scenario), 'text/html; charset=utf-8');
    }
    const html = renderPortalPage({
      state: ctx.state,
      scenario: scenarioForPath(ctx.state.scenario, path),
      page: ctx.state.openPage(),
      domain: ctx.domain,
      appOrigin: ctx.appOrigin,
      appPath: ctx.appPath,
      installFinished: url.searchParams.get('install_finished') === 'Y',
    });
    sendText(res, 200, html, 'text/html; charset=utf-8');
  };
}
