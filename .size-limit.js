// The CRM tab's initial JavaScript budget (issue "Speed"): every chunk the browser loads for
// the tab's first view, read from the build's own manifest rather than from file-name globs,
// so a new or renamed chunk can never slip out of the count:
//   - the entry (SDK + boot + English) and its static imports;
//   - the React chunk boot imports (src/app/render.tsx) and its static imports;
//   - the largest other catalog with its imports, standing for the user's language.
// APP_DIST measures another build directory (default dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.APP_DIST ?? 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  throw new Error(`${manifestPath} is missing: build (with build.manifest) before size-limit`);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const ENTRY = 'index.html';
const RENDER = 'src/app/render.tsx';
const CATALOG = /^src\/i18n\/catalogs\/(?!en\.ts$)[^/]+\.ts$/;

/** A manifest key's file and, transitively, the files of its static imports. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`${key} is not in ${manifestPath}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const gzipSize = (files) =>
  [...files].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).byteLength,
    0,
  );

const firstView = closure(RENDER, closure(ENTRY));
const languages = Object.keys(manifest)
  .filter((key) => CATALOG.test(key))
  .map((key) => [...closure(key)].filter((file) => !firstView.has(file)));
const heaviestLanguage = languages.sort((a, b) => gzipSize(b) - gzipSize(a))[0] ?? [];

export default [
  {
    name: 'CRM tab: initial JavaScript (gzip)',
    path: [...firstView, ...heaviestLanguage].map((file) => join(dist, file)),
    limit: '165 KiB',
    gzip: true,
  },
];
