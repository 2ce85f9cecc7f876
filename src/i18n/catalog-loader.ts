import { en, type Catalog } from './catalogs/en.ts';
import { CATALOGS, PSEUDO, type LoadableCode } from './language.ts';
import { createTranslator, type Translator } from './translator.ts';

// English ships in the main chunk (it is also the fallback); every other catalog is its own
// chunk, fetched only for the user's language.
const LOADERS: Readonly<Record<Exclude<LoadableCode, 'en'>, () => Promise<Catalog>>> = {
  ru: () => import('./catalogs/ru.ts').then((module) => module.ru),
  de: () => import('./catalogs/de.ts').then((module) => module.de),
  la: () => import('./catalogs/la.ts').then((module) => module.la),
  br: () => import('./catalogs/br.ts').then((module) => module.br),
  pl: () => import('./catalogs/pl.ts').then((module) => module.pl),
  ua: () => import('./catalogs/ua.ts').then((module) => module.ua),
  fr: () => import('./catalogs/fr.ts').then((module) => module.fr),
  it: () => import('./catalogs/it.ts').then((module) => module.it),
  // Folded away in a production build, so the pseudo-locale ships no chunk there.
  [PSEUDO]:
    import.meta.env.DEV || import.meta.env.MODE === 'pseudo'
      ? () => import('./pseudo.ts').then((module) => module.pseudoCatalog(en))
      : () => Promise.resolve(en),
};

const pending = new Map<LoadableCode, Promise<Catalog>>();

function loadCatalog(code: LoadableCode): Promise<Catalog> {
  if (code === 'en') return Promise.resolve(en);
  let promise = pending.get(code);
  if (promise === undefined) {
    // A chunk that fails to load must not leave the app without text: fall back to English.
    promise = LOADERS[code]().catch(() => en);
    pending.set(code, promise);
  }
  return promise;
}

function localeOf(code: LoadableCode): string {
  return code === PSEUDO ? 'en' : CATALOGS[code];
}

export async function loadTranslator(code: LoadableCode): Promise<Translator> {
  const catalog = await loadCatalog(code);
  return catalog === en
    ? createTranslator(en, CATALOGS.en, 'en')
    : createTranslator(catalog, localeOf(code), code);
}
