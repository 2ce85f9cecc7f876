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
  },
});
