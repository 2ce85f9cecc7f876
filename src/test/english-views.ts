import { en } from '../i18n/catalogs/en.ts';
import { views } from '../i18n/catalogs/views/en.ts';
import { createTranslator } from '../i18n/translator.ts';

/** The translator OnDemandMessages gives in English, at once. */
export const englishViews = createTranslator(en, 'en').extend(views);
