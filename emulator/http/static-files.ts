import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
// The app's host here answers with the same types as its production server (npm run serve).
import { contentType } from '../../scripts/serve/content-types.ts';
import { sendText } from './respond.ts';

/** A file under `root` for a URL path, or undefined (traversal, missing, a directory). */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

/** The app origin A: serves the built app for GET, HEAD and POST alike, because Bitrix24 opens
 * the handler with a form POST (b24-frame-protocol.md §10.2; many static hosts refuse that). */
export function createStaticHandler(root: string) {
  const base = normalize(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Drain a POSTed form: the app reads its data from the frame protocol, not the body (§1).
    req.resume();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file =
      req.method === 'GET' || req.method === 'HEAD' || req.method === 'POST'
        ? await resolveFile(base, path)
        : undefined;
    if (!file) {
      sendText(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    const body = await readFile(file);
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': body.length });
      res.end();
      return;
    }
    sendText(res, 200, body, contentType(file));
  };
}
