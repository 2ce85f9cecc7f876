import { resolve } from 'node:path';
import { DEFAULT_PORTAL_DOMAINS, parsePortalDomains } from './portal-domains.ts';
import { normalizeBasePath } from './route.ts';

export interface ServeEnv {
  port: number;
  host: string;
  distDir: string;
  basePath: string;
  portalDomains: readonly string[];
}

/** Reads the server's settings from the environment; a bad value stops the start-up. */
export function readEnv(env: NodeJS.ProcessEnv, defaultDistDir: string): ServeEnv {
  const portalDomains = nonEmpty(env['PORTAL_DOMAINS']);
  return {
    port: readPort(env['PORT']),
    // Loopback by default: behind a proxy nothing else needs to reach it. Containers set 0.0.0.0.
    host: nonEmpty(env['HOST']) ?? '127.0.0.1',
    distDir: resolve(nonEmpty(env['DIST_DIR']) ?? defaultDistDir),
    basePath: normalizeBasePath(nonEmpty(env['BASE_PATH'])),
    portalDomains: portalDomains ? parsePortalDomains(portalDomains) : DEFAULT_PORTAL_DOMAINS,
  };
}

function readPort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(`PORT: "${value}" is not a port`);
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}
