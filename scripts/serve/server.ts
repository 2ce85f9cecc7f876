import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import {
  STATUS_CODES,
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { isAbsolute, join, relative, sep } from 'node:path';
import { contentType } from './content-types.ts';
import { DEFAULT_PORTAL_DOMAINS } from './portal-domains.ts';
import { normalizeBasePath, route } from './route.ts';
import { securityHeaders } from './security-headers.ts';

export interface ServeOptions {
  /** The Vite build output; must exist when the server is created. */
  distDir: string;
  /** CSP source expressions (see `parsePortalDomains`). */
  portalDomains?: readonly string[];
  /** Prefix the app is mounted under, `/` by default. */
  basePath?: string;
  /** Largest POST body accepted on the entry. */
  maxBodyBytes?: number;
  /** One line per request; never given a query string, a header or a body. */
  log?: (line: string) => void;
}

/** Bitrix24's launch POST is a few kB of form fields; anything near 1 MiB is not Bitrix24. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const ENTRY_METHODS = ['GET', 'HEAD', 'POST'];
const FILE_METHODS = ['GET', 'HEAD'];
// Vite puts a content hash in every name under assets/, so a name never changes content.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html and public/ files keep their names across releases: revalidate every time.
const REVALIDATE = 'no-cache';

interface StaticFile {
  path: string;
  size: number;
  mtimeMs: number;
}

export function createServer(options: ServeOptions): Server {
  const root = realpathSync(options.distDir);
  const basePath = normalizeBasePath(options.basePath);
  const headers = securityHeaders(options.portalDomains ?? DEFAULT_PORTAL_DOMAINS);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((line: string) => console.log(line));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const method = req.method ?? '';
    const target = route(req.url ?? '/', basePath);

    switch (target.kind) {
      case 'bad-request':
        return sendStatus(req, res, 400);
      case 'not-found':
        return sendStatus(req, res, 404);
      case 'redirect':
        res.setHeader('Location', target.location);
        return sendStatus(req, res, 308);
      case 'entry': {
        if (!ENTRY_METHODS.includes(method)) return refuseMethod(req, res, ENTRY_METHODS);
        // Bitrix24 opens the handler with a form POST; the page gets its auth through the
        // frame protocol, so the body (AUTH_ID, REFRESH_ID) is drained unread.
        if (method === 'POST' && !(await discardBody(req, res, maxBodyBytes))) return;
        const entry = await findFile(root, ['index.html']);
        if (!entry) return sendStatus(req, res, 404);
        return sendFile(req, res, entry, REVALIDATE);
      }
      case 'file': {
        const file = await findFile(root, target.segments);
        if (!file) return sendStatus(req, res, 404);
        if (!FILE_METHODS.includes(method)) return refuseMethod(req, res, FILE_METHODS);
        return sendFile(req, res, file, target.segments[0] === 'assets' ? IMMUTABLE : REVALIDATE);
      }
    }
  }

  const server = createHttpServer({ requestTimeout: 30_000 }, (req, res) => {
    const started = performance.now();
    res.once('close', () => {
      // writableEnded, not writableFinished: a client that closes as soon as it has
      // Content-Length bytes can beat the 'finish' event, and that is not an abort.
      const outcome = res.writableEnded ? String(res.statusCode) : 'aborted';
      const ms = Math.round(performance.now() - started);
      log(`${req.method ?? '-'} ${loggablePath(req.url)} ${outcome} ${ms}ms`);
    });
    handle(req, res).catch((error: unknown) => {
      log(
        `error serving ${loggablePath(req.url)}: ${error instanceof Error ? error.message : 'unknown'}`,
      );
      if (res.headersSent) res.destroy();
      else sendStatus(req, res, 500);
    });
  });
  return server;
}

/** Resolves segments under root, refusing anything (a symlink too) that lands outside it. */
async function findFile(root: string, segments: string[]): Promise<StaticFile | undefined> {
  const candidate = join(root, ...segments);
  if (!isInside(root, candidate)) return undefined;
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: StaticFile,
  cacheControl: string,
): Promise<void> {
  const etag = `W/"${file.size.toString(16)}-${Math.trunc(file.mtimeMs).toString(16)}"`;
  res.setHeader('Content-Type', contentType(file.path));
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  if (req.method !== 'POST' && etagMatches(req.headers['if-none-match'], etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (req.method === 'HEAD') {
    res.setHeader('Content-Length', file.size);
    res.end();
    return;
  }
  // Whole-file reads: dist/ holds a few hundred kB, and a single end() means a client that
  // hangs up right after the last byte is not mistaken for one that left halfway.
  const content = await readFile(file.path);
  res.setHeader('Content-Length', content.length);
  res.end(content);
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

/**
 * Reads the body to its end and forgets it: nothing is kept, logged or parsed. Answers 413
 * (and resolves false) as soon as it is over the cap, by its Content-Length when declared.
 */
function discardBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<boolean> {
  if (Number(req.headers['content-length'] ?? 0) > max) {
    sendStatus(req, res, 413);
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return;
      req.off('data', onData);
      sendStatus(req, res, 413);
      resolve(false);
    };
    req.on('data', onData);
    req.once('end', () => resolve(true));
    // The client went away mid-body: nothing left to answer.
    req.once('close', () => resolve(false));
  });
}

function refuseMethod(req: IncomingMessage, res: ServerResponse, allowed: string[]): void {
  res.setHeader('Allow', allowed.join(', '));
  sendStatus(req, res, 405);
}

function sendStatus(req: IncomingMessage, res: ServerResponse, status: number): void {
  const body = `${status} ${STATUS_CODES[status] ?? ''}\n`;
  // An unread body would otherwise be drained to keep the connection alive: close instead,
  // so a refused upload costs no more bandwidth than the bytes already in flight.
  if (!req.complete && hasBody(req)) res.setHeader('Connection', 'close');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function hasBody(req: IncomingMessage): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
  );
}

/** The path only: a handler URL's query carries DOMAIN and APP_SID, and logs outlive them. */
function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split(/[?#]/, 1)[0] ?? '';
  const printable = path.replace(/[^\x21-\x7e]/g, '?');
  return printable.length > 200 ? `${printable.slice(0, 200)}…` : printable;
}
