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

// Folded away in a production build, so the pseudo-locale ships no chunk there.
const loadPseudo =
  import.meta.env.DEV || import.meta.env.MODE === 'pseudo'
    ? () => import('./pseudo.ts').then((module) => module.pseudoCatalog(en))
    : loadEnglish;

const pending = new Map<LoadableCode, Promise<Catalog>>();

function loadCatalog(code: LoadableCode): Promise<Catalog> {
  let promise = pending.get(code);
  if (promise === undefined) {
    // English has no chunk of its own (nor would a language whose file is missing).
    const load = (code === PSEUDO ? loadPseudo : CATALOGS[`./${code}.ts`]) ?? loadEnglish;
    // A chunk that fails to load must not leave the app without text: fall back to English.
    promise = load().catch(() => en);
    pending.set(code, promise);
  }
  return promise;
}

export async function loadTranslator(code: LoadableCode): Promise<Translator> {
  const catalog = await loadCatalog(code);
  // English standing in for a catalog that did not load speaks with English plural rules.
  const language = catalog === en ? 'en' : code;
  return createTranslator(catalog, localeOf(language), language);
}
