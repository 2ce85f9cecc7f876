import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset URLs: Bitrix24 may serve the handler from any origin and path prefix.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
