import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir } from './fixtures.ts';

// The suite runs against the production build, as the portal would load it.
export default function globalSetup(): void {
  if (!existsSync(join(appDir(), 'index.html'))) {
    throw new Error(
      `${appDir()}/index.html is missing: run \`npm run build\` before the e2e suite.`,
    );
  }
}
