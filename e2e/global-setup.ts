import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The suite runs against the production build, as the portal would load it.
export default function globalSetup(): void {
  const entry = fileURLToPath(new URL('../dist/index.html', import.meta.url));
  if (!existsSync(entry)) {
    throw new Error('dist/index.html is missing: run `npm run build` before the e2e suite.');
  }
}
