/**
 * Bitrix24 LANG codes → the catalog to load and its Intl locale (contract §3, facts §10).
 * Adding a language is one catalog file plus one line in CATALOGS and in catalog-loader.ts.
 */
export type CatalogCode = 'en' | 'ru';

/** Intl locale per catalog; Bitrix codes that are not ISO (`la`, `br`, `ua`) map here. */
export const CATALOGS: Readonly<Record<CatalogCode, string>> = {
  en: 'en',
  ru: 'ru',
};

// Bitrix's own fallback rule: these portals read Russian; every other language reads English.
const RUSSIAN_READERS = new Set(['kz', 'by', 'uz']);

function isCatalogCode(code: string): code is CatalogCode {
  return Object.hasOwn(CATALOGS, code);
}

export function catalogFor(bitrixLang: string | null | undefined): CatalogCode {
  const code = (bitrixLang ?? '').trim().toLowerCase();
  if (isCatalogCode(code)) return code;
  return RUSSIAN_READERS.has(code) ? 'ru' : 'en';
}
