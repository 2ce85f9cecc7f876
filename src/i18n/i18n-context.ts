import { createContext, useContext, useLayoutEffect } from 'react';
import { en } from './catalogs/en.ts';
import { createTranslator, type Translator } from './translator.ts';

export const I18nContext = createContext<Translator>(createTranslator(en, 'en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}

/** Screen readers pick their voice from `<html lang>`: it follows the catalog in use. */
export function useDocumentLanguage(locale: string): void {
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
