import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset URLs: Bitrix24 may serve the handler from any origin and path prefix.
export default defineConfig({
  base: './',
  plugins: [react()],
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
