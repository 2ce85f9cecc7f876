import { en, type Catalog, type CoreCatalog } from './catalogs/en.ts';
import { localeOf, PSEUDO, type LoadableCode } from './language.ts';
import { createTranslator, type Translator } from './translator.ts';

// English ships in the main chunk (it is also the fallback); every other catalog is its own
// chunk, fetched only for the user's language.
const CATALOGS = import.meta.glob<CoreCatalog>(['./*.ts', '!./en.ts'], {
  base: './catalogs',
  import: 'catalog',
});

const loadEnglish = () => Promise.resolve(en);

// Only in development and the pseudo build (see PSEUDO): a production build folds it away, so
// the pseudo-locale ships no chunk there.
const pseudoCatalog = () => import('./pseudo.ts').then((module) => module.pseudoCatalog(en));

function loadCatalog(code: LoadableCode): Promise<Catalog> {
  const load =
    (import.meta.env.DEV || import.meta.env.MODE === 'pseudo') && code === PSEUDO
      ? pseudoCatalog
      : // English has no chunk of its own (nor would a language whose file is missing).
        (CATALOGS[`./${code}.ts`] ?? loadEnglish);
  // A chunk that fails to load must not leave the app without text: fall back to English.
  return load().catch(() => en);
}

export async function loadTranslator(code: LoadableCode): Promise<Translator> {
  const catalog = await loadCatalog(code);
  // English standing in for a catalog that did not load speaks with English plural rules.
  const language = catalog === en ? 'en' : code;
  return createTranslator(catalog, localeOf(language), language);
}
