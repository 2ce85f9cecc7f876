import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export interface ProductionBuild {
  dir: string;
  builtAt: Date;
}

/** A build named on the command line: used as it is, never rebuilt. */
export function givenBuild(dir: string): ProductionBuild {
  const entry = join(dir, 'index.html');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the app into ${dir} first`);
  return { dir, builtAt: statSync(entry).mtime };
}

/** Our app exactly as shipped: `dist/`, built with `npm run build` only when it is missing. */
export function ensureProductionBuild(repoRoot: string): ProductionBuild {
  const dir = join(repoRoot, 'dist');
  const entry = join(dir, 'index.html');
  if (!existsSync(entry)) {
    console.error('dist/index.html is missing: running `npm run build`');
    const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(entry)) {
      throw new Error('`npm run build` failed: no production build to measure');
    }
  }
  return { dir, builtAt: statSync(entry).mtime };
}

/**
 * Builds the naive reference page into dist-bench/naive (gitignored), never into dist/: it
 * must not ship. Rebuilt on every run so it always matches its source in scripts/bench/naive.
 * `configFile: false` keeps the app's vite.config.ts (and its plugins) out of it; the page has
 * no JSX, so it needs no plugin.
 */
export async function buildNaivePage(repoRoot: string): Promise<string> {
  const outDir = join(repoRoot, 'dist-bench', 'naive');
  await build({
    root: join(repoRoot, 'scripts', 'bench', 'naive'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: {
        // React Query's "use client" directives mean nothing in a client-only bundle; the
        // warnings would bury the benchmark's own output.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  return outDir;
}
