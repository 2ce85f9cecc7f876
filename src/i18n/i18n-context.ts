import { createContext, useContext } from 'react';
import { en } from './catalogs/en.ts';
import { createTranslator, type Translator } from './translator.ts';

export const I18nContext = createContext<Translator>(createTranslator(en, 'en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}
