import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from './serve/env.ts';
import { DEFAULT_PORTAL_DOMAINS, parsePortalDomains } from './serve/portal-domains.ts';
import { createServer } from './serve/server.ts';

const HTML = '<!doctype html><title>Linked Chat</title><div id="root"></div>';
const ASSET = 'console.log("app");';
const ASSET_PATH = '/assets/index-Bq3xY7a1.js';
const SECRET = 'secret-outside-dist';
const PORTALS = ['https://*.bitrix24.de', 'https://crm.example.com'];
const MiB = 1024 * 1024;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let workDir: string;
let distDir: string;
const servers: Server[] = [];
const logLines: string[] = [];
let port: number;

async function start(options: { basePath?: string } = {}): Promise<number> {
  const server = createServer({
    distDir,
    portalDomains: PORTALS,
    log: (line) => logLines.push(line),
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * node:http rather than fetch: fetch normalises `/../x` before sending, and the point is
 * to send the raw request line an attacker would.
 */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; on?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: options.on ?? port, method, path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // A refused upload may be cut off while we are still writing it; the reply is what counts.
    req.on('error', (error) => setTimeout(() => reject(error), 100));
    req.end(options.body);
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  distDir = join(workDir, 'dist');
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), HTML);
  writeFileSync(join(distDir, ASSET_PATH), ASSET);
  writeFileSync(join(distDir, '.env'), SECRET);
  writeFileSync(join(workDir, 'package.json'), SECRET);
  port = await start();
});

afterAll(async () => {
  await Promise.all(
    servers.map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
  rmSync(workDir, { recursive: true, force: true });
});

describe('the entry, as Bitrix24 opens it', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/index.html'],
    ['POST', '/'],
    ['POST', '/index.html'],
  ])('%s %s answers 200 with the page', async (method, path) => {
    const reply = await send(method, `${path}?DOMAIN=portal.bitrix24.de&APP_SID=abc`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: method === 'POST' ? 'AUTH_ID=token-123&PLACEMENT=CRM_DEAL_DETAIL_TAB' : undefined,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send('HEAD', '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(HTML)));
    expect(reply.body).toBe('');
  });

  it('logs the path, never the query string or the form body', async () => {
    logLines.length = 0;
    await send('POST', '/index.html?DOMAIN=portal.bitrix24.de&APP_SID=sid-456', {
      body: 'AUTH_ID=token-789&REFRESH_ID=refresh-789',
    });
    await expect.poll(() => logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).toMatch(/^POST \/index\.html 200 \d+ms$/m);
    expect(logLines.join('\n')).not.toMatch(/sid-456|token-789|refresh-789|DOMAIN/);
  });

  it('revalidates with the ETag', async () => {
    const first = await send('GET', '/');
    const again = await send('GET', '/', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('refuses other methods with 405 and Allow', async () => {
    const reply = await send('PUT', '/', { body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD, POST');
  });

  it('refuses a POST body over 1 MiB with 413', async () => {
    const reply = await send('POST', '/', { body: Buffer.alloc(MiB + 1, 'a') });
    expect(reply.status).toBe(413);
  });

  it('refuses an oversized chunked POST body (no Content-Length) with 413', async () => {
    const reply = await send('POST', '/', {
      headers: { 'Transfer-Encoding': 'chunked' },
      body: Buffer.alloc(2 * MiB, 'a'),
    });
    expect(reply.status).toBe(413);
  });

  it('accepts a POST body just under the cap', async () => {
    const reply = await send('POST', '/', { body: Buffer.alloc(MiB, 'a') });
    expect(reply.status).toBe(200);
  });
});

describe('security headers', () => {
  it.each([
    ['the page', '/'],
    ['an asset', ASSET_PATH],
    ['a 404', '/missing'],
  ])('are on %s', async (_name, path) => {
    const reply = await send('GET', path);
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors https://*.bitrix24.de https://crm.example.com');
    expect(csp).toContain("connect-src 'self' https://*.bitrix24.de https://crm.example.com");
    expect(csp).toContain("img-src 'self' data: https://*.bitrix24.de https://crm.example.com");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(reply.headers['x-frame-options']).toBeUndefined();
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('static files', () => {
  it('serves hashed assets with their type, cached for a year', async () => {
    const reply = await send('GET', ASSET_PATH);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(ASSET);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('refuses POST on an asset with 405', async () => {
    const reply = await send('POST', ASSET_PATH, { body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it.each(['/missing', '/assets/', '/assets', '/assets/nope.js', '/.env'])(
    '%s is 404',
    async (path) => {
      const reply = await send('GET', path);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain(SECRET);
    },
  );

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/%00',
    '/%E0%A4%A',
  ])('refuses the traversal %s', async (path) => {
    const reply = await send('GET', path);
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain(SECRET);
  });
});

describe('mounted under BASE_PATH', () => {
  it('serves the entry and assets under the prefix, and nothing outside it', async () => {
    const on = await start({ basePath: '/linked-chat' });
    expect((await send('POST', '/linked-chat/', { on, body: 'AUTH_ID=x' })).body).toBe(HTML);
    expect((await send('GET', `/linked-chat${ASSET_PATH}`, { on })).body).toBe(ASSET);
    expect((await send('GET', '/', { on })).status).toBe(404);
  });

  it('adds the trailing slash with a 308 that keeps the query', async () => {
    const on = await start({ basePath: '/linked-chat/' });
    const reply = await send('POST', '/linked-chat?DOMAIN=a.bitrix24.de', { on, body: 'x=1' });
    expect(reply.status).toBe(308);
    expect(reply.headers.location).toBe('/linked-chat/?DOMAIN=a.bitrix24.de');
  });
});

describe('PORTAL_DOMAINS', () => {
  it('defaults to the Bitrix24 cloud zones', () => {
    expect(readEnv({}, distDir).portalDomains).toEqual(DEFAULT_PORTAL_DOMAINS);
    expect(DEFAULT_PORTAL_DOMAINS).toContain('https://*.bitrix24.com');
    expect(DEFAULT_PORTAL_DOMAINS).toContain('https://*.bitrix24.com.br');
  });

  it('takes origins and hosts, separated by commas or spaces', () => {
    expect(
      parsePortalDomains('https://*.bitrix24.de, crm.example.com  http://localhost:5173/'),
    ).toEqual(['https://*.bitrix24.de', 'https://crm.example.com', 'http://localhost:5173']);
  });

  it.each([
    '*',
    'https://*',
    '*.com',
    "'unsafe-inline'",
    'https://a.example.com; script-src *',
    'javascript:alert(1)',
    'https://a.example.com/path',
    ' , ',
  ])('refuses %j', (raw) => {
    expect(() => parsePortalDomains(raw)).toThrow(/PORTAL_DOMAINS/);
  });
});

describe('the environment', () => {
  it('has defaults for a local run', () => {
    expect(readEnv({}, distDir)).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      distDir,
      basePath: '/',
    });
  });

  it.each([{ PORT: 'http' }, { PORT: '70000' }, { BASE_PATH: '/a/../b' }])('refuses %j', (env) => {
    expect(() => readEnv(env, distDir)).toThrow();
  });
});
