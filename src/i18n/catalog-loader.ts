import { en, type Catalog } from './catalogs/en.ts';
import { CATALOGS, type CatalogCode } from './language.ts';
import { createTranslator, type Translator } from './translator.ts';

// English ships in the main chunk (it is also the fallback); every other catalog is its own
// chunk, fetched only for the user's language.
const LOADERS: Readonly<Record<Exclude<CatalogCode, 'en'>, () => Promise<Catalog>>> = {
  ru: () => import('./catalogs/ru.ts').then((module) => module.ru),
};

const pending = new Map<CatalogCode, Promise<Catalog>>();

function loadCatalog(code: CatalogCode): Promise<Catalog> {
  if (code === 'en') return Promise.resolve(en);
  let promise = pending.get(code);
  if (promise === undefined) {
    // A chunk that fails to load must not leave the app without text: fall back to English.
    promise = LOADERS[code]().catch(() => en);
    pending.set(code, promise);
  }
  return promise;
}

/** Starts fetching a catalog early (e.g. from the LANG hint in the URL) without waiting. */
export function preloadCatalog(code: CatalogCode): void {
  void loadCatalog(code);
}

export async function loadTranslator(code: CatalogCode): Promise<Translator> {
  const catalog = await loadCatalog(code);
  return createTranslator(catalog, catalog === en ? CATALOGS.en : CATALOGS[code]);
}
