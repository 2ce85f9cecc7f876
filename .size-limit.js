// The CRM tab's initial JavaScript budget (issue "Speed"): everything the browser loads for the
// tab's first view, read from the build itself rather than from file-name globs, so a new
// chunk can never slip out of the count.
//   - index.html's module script and modulepreloads: the entry (SDK + boot), the React chunk
//     (vite.config.ts preloads it) and the chunks that one imports;
//   - English ships in the entry; the largest other catalog chunk stands for the user's language.
// APP_DIST measures another build directory (default dist/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.APP_DIST ?? 'dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: build before size-limit`);
const html = readFileSync(indexHtml, 'utf8');

const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
const initial = tags.flatMap((tag) => {
  const isModule = /\btype="module"/.test(tag) && tag.startsWith('<script');
  const isPreload = /\brel="modulepreload"/.test(tag);
  const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  return (isModule || isPreload) && url !== undefined ? [join(dist, url)] : [];
});
if (!initial.some((file) => /\/render-[^/]+\.js$/.test(file))) {
  throw new Error('index.html does not preload the render chunk: see vite.config.ts');
}

const assets = join(dist, 'assets');
const catalogs = readdirSync(assets)
  .filter((name) => /^catalog-.+\.js$/.test(name))
  .map((name) => join(assets, name));
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const largestCatalog = catalogs.sort((a, b) => gzipSize(b) - gzipSize(a))[0];

export default [
  {
    name: 'CRM tab: initial JavaScript (gzip)',
    path: largestCatalog === undefined ? initial : [...initial, largestCatalog],
    limit: '160 KiB',
    gzip: true,
  },
];
