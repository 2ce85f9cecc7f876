import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startPortal, type Portal } from './portal.ts';

/**
 * One emulated portal for a test file's REST rules: started once with a stand-in app, back to
 * its seed before every test. Returns the running portal.
 */
export function portalPerFile(): () => Portal {
  let running: Portal | undefined;
  beforeAll(async () => {
    const appDir = await mkdtemp(join(tmpdir(), 'emulator-app-'));
    await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
    running = await startPortal({ appDir, quiet: true });
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.reset());
  return () => {
    if (running === undefined) throw new Error('the portal starts in beforeAll');
    return running;
  };
}

/** A REST call as `userId` would send it (JSON body, their token), its status and body. */
export async function restAs(
  portal: Portal,
  userId: number,
  method: string,
  params: Record<string, unknown>,
) {
  const response = await fetch(`${portal.url}/rest/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...params, auth: portal.issueToken(userId) }),
  });
  return { status: response.status, body: await response.json() };
}
