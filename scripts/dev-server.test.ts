import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dev` frames Vite's dev server in the emulated portal (emulator/cli.ts): the dev
// plugins in vite.config.ts must answer the portal's form POST and keep the page's CSP working.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HANDLER_QUERY = '?DOMAIN=localhost%3A5180&PROTOCOL=0&LANG=en&APP_SID=abc';
const CSP_META = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/;

let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
    // Nothing here loads a module: pre-bundling the dependencies would only cost time.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
});

afterAll(() => server.close());

function postForm(path: string): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'AUTH_ID=token&PLACEMENT=CRM_DEAL_DETAIL_TAB',
  });
}

describe('the dev server as the handler', () => {
  it.each(['/', '/index.html'])(
    'answers the portal form POST to %s with the page',
    async (path) => {
      const response = await postForm(`${path}${HANDLER_QUERY}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<div id="root" data-view="boot">');
      expect(html).toContain('src="/@vite/client"');
    },
  );

  it('does not answer a POST to a module with the page', async () => {
    const response = await postForm('/src/main.tsx');
    expect(await response.text()).not.toContain('<div id="root"');
  });

  it("keeps index.html's CSP, plus one nonce that every script of the page carries", async () => {
    const html = await (await postForm(`/${HANDLER_QUERY}`)).text();
    const policy = CSP_META.exec(html)?.[1] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const source = await readFile(`${ROOT}/index.html`, 'utf8');
    expect(policy.replaceAll(` 'nonce-${nonce}'`, '')).toBe(CSP_META.exec(source)?.[1]);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}';`);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}';`);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    // The Vite client reads it to put the nonce on the <style> elements it adds.
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
  });
});
