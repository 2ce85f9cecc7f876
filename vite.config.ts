import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The module boot imports dynamically: React and every view (src/app/render.tsx). */
const RENDER_MODULE = '/src/app/render.tsx';
const CATALOGS_DIR = '/src/i18n/catalogs/';

/**
 * The entry chunk carries the SDK and the boot code only, so the init handshake and the first
 * request leave before React is evaluated. The React chunk is still needed for the first view:
 * preloading it from index.html makes the browser fetch and compile it in parallel with the
 * entry instead of after it. .size-limit.js counts what index.html loads, so the budget covers it.
 */
function preloadRenderChunk(): Plugin {
  return {
    name: 'linked-chat:preload-render-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (bundle === undefined) return;
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const render = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(RENDER_MODULE));
        if (render === undefined) throw new Error(`no chunk for ${RENDER_MODULE}`);
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((c) => c.fileName));
        return [render.fileName, ...render.imports]
          .filter((file) => !entries.has(file))
          .map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          }));
      },
    },
  };
}

// Relative asset URLs: Bitrix24 may serve the handler from any origin and path prefix.
export default defineConfig({
  base: './',
  plugins: [react(), preloadRenderChunk()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Recognisable names for the budget in .size-limit.js: catalog chunks are counted
        // (English and one more language), the render chunk must be among the preloaded ones.
        chunkFileNames: (chunk) => {
          const facade = chunk.facadeModuleId ?? '';
          if (facade.includes(CATALOGS_DIR)) return 'assets/catalog-[name]-[hash].js';
          if (facade.endsWith(RENDER_MODULE)) return 'assets/render-[hash].js';
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
