import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run dev` only: Bitrix24, and the emulated portal, open the handler with a form POST
 * (docs/deploy.md), which Vite's dev server answers with 404 on `/`. Answer POST on `/` and
 * `/index.html` with the transformed page, as the production server does for GET and POST.
 */
function handlerPost(): Plugin {
  return {
    name: 'linked-chat:handler-post',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        if (req.method !== 'POST' || (path !== '/' && path !== '/index.html')) return next();
        // The form carries the portal's tokens; the app reads its data from the frame protocol.
        req.resume();
        readFile(join(server.config.root, 'index.html'), 'utf8')
          .then((html) => server.transformIndexHtml('/index.html', html, req.originalUrl))
          .then((html) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end(html);
          })
          .catch(next);
      });
    },
    // An edit no component takes in (a catalogue, boot, the door) makes Vite reload the frame;
    // reloading a POSTed page sends the form again, which the page's own `form-action 'none'`
    // blocks, so the frame would stay as it was. Replacing its history entry by one for the
    // same URL without the form makes that reload a GET.
    transformIndexHtml: () => [
      {
        tag: 'script',
        children: "history.replaceState(history.state, '', location.href);",
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `npm run dev` only: index.html's CSP meta allows no inline script or style, but in dev Vite
 * adds each CSS module as a `<style>` element and @vitejs/plugin-react puts the Fast Refresh
 * preamble in an inline script (it runs now only because Vite puts it above the meta), so
 * the page would run unstyled. A nonce, which Vite puts on everything it injects
 * (`html.cspNonce`), lets exactly those through; the rest of the policy stays as in
 * production, so a violation of our own still shows in dev. The HMR websocket
 * needs nothing: `connect-src 'self'` covers ws:// to the page's own host and port.
 */
function devCspNonce(): Plugin {
  const nonce = randomBytes(16).toString('base64');
  return {
    name: 'linked-chat:dev-csp-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const directives = /\b(?:script|style)-src 'self'/g;
        if (html.match(directives)?.length !== 2) {
          throw new Error(
            "index.html's CSP has no script-src and style-src 'self' for the dev nonce",
          );
        }
        return html.replace(directives, `$& 'nonce-${nonce}'`);
      },
    },
  };
}

// Relative asset URLs: Bitrix24 may serve the handler from any origin and path prefix.
export default defineConfig({
  base: './',
  plugins: [react(), handlerPost(), devCspNonce()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each entry and dynamic import loads. The bundle
    // budget (.size-limit.js) reads it to count every chunk of the CRM tab's first view.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they stay cached across our releases, and React and
        // React Query's core no longer come in slivers shared between chunks (each sliver is
        // gzipped on its own, which cost ~0.5 kB of the tab's budget). React stays out of the
        // entry: boot sends the chat request before React is evaluated (see src/app/boot.ts).
        advancedChunks: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'query-core', test: /node_modules[\\/]@tanstack[\\/]query-core[\\/]/ },
          ],
        },
      },
    },
  },
});
