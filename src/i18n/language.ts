/**
 * The languages: each Bitrix24 LANG code with a catalog → the Intl locale (BCP 47) its text is
 * in (contract §3, facts §10: `la`, `br`, `ua` are not ISO codes). The one list of them: the
 * loaders find a language's catalogs by its code (`catalogs/<code>.ts`, `catalogs/views/<code>.ts`)
 * and a test checks that the files are exactly these. Adding a language is a line here and its
 * two catalog files.
 */
export const LANGUAGES = {
  en: 'en',
  ru: 'ru',
  de: 'de',
  la: 'es',
  br: 'pt-BR',
  pl: 'pl',
  ua: 'uk',
  fr: 'fr',
  it: 'it',
} as const;

export type CatalogCode = keyof typeof LANGUAGES;

export function isCatalogCode(code: string): code is CatalogCode {
  return Object.hasOwn(LANGUAGES, code);
}

// Bitrix's own fallback rule: these portals read Russian; every other code reads English.
const RUSSIAN_READERS = new Set(['kz', 'by', 'uz']);

/**
 * LANG `pseudo`: every string wrapped and accented, so text that skips the catalogs stands out.
 * Only in development and in `vite build --mode pseudo`; a production build treats it as any
 * unknown code (English), as the contract says.
 */
export const PSEUDO = 'pseudo';
export const PSEUDO_ENABLED = import.meta.env.DEV || import.meta.env.MODE === 'pseudo';

export type LoadableCode = CatalogCode | typeof PSEUDO;

/** Total: a LANG that is not a string (a number, an object) reads as an unknown code. */
export function catalogFor(bitrixLang: unknown): LoadableCode {
  const code = typeof bitrixLang === 'string' ? bitrixLang.trim().toLowerCase() : '';
  if (isCatalogCode(code)) return code;
  if (code === PSEUDO && PSEUDO_ENABLED) return PSEUDO;
  return RUSSIAN_READERS.has(code) ? 'ru' : 'en';
}

/** The Intl locale of a loadable language: the pseudo-locale is accented English. */
export function localeOf(code: LoadableCode): string {
  return code === PSEUDO ? LANGUAGES.en : LANGUAGES[code];
}
