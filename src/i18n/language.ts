/**
 * Bitrix24 LANG codes → the catalog to load and its Intl locale (contract §3, facts §10).
 * Adding a language is one catalog file plus one line in CATALOGS and in catalog-loader.ts.
 */
export type CatalogCode = 'en' | 'ru' | 'de' | 'la' | 'br' | 'pl' | 'ua' | 'fr' | 'it';

/** Intl locale (BCP 47) per catalog; Bitrix codes that are not ISO (`la`, `br`, `ua`) map here. */
export const CATALOGS: Readonly<Record<CatalogCode, string>> = {
  en: 'en',
  ru: 'ru',
  de: 'de',
  la: 'es',
  br: 'pt-BR',
  pl: 'pl',
  ua: 'uk',
  fr: 'fr',
  it: 'it',
};

/**
 * LANG `pseudo`: every string wrapped and accented, so text that skips the catalogs stands out.
 * Only in development and in `vite build --mode pseudo`; a production build treats it as any
 * unknown code (English), as the contract says.
 */
export const PSEUDO = 'pseudo';
export const PSEUDO_ENABLED = import.meta.env.DEV || import.meta.env.MODE === 'pseudo';

export type LoadableCode = CatalogCode | typeof PSEUDO;

// Bitrix's own fallback rule: these portals read Russian; every other language reads English.
const RUSSIAN_READERS = new Set(['kz', 'by', 'uz']);

function isCatalogCode(code: string): code is CatalogCode {
  return Object.hasOwn(CATALOGS, code);
}

/** Total: a LANG that is not a string (a number, an object) reads as an unknown code. */
export function catalogFor(bitrixLang: unknown): LoadableCode {
  const code = typeof bitrixLang === 'string' ? bitrixLang.trim().toLowerCase() : '';
  if (isCatalogCode(code)) return code;
  if (code === PSEUDO && PSEUDO_ENABLED) return PSEUDO;
  return RUSSIAN_READERS.has(code) ? 'ru' : 'en';
}
