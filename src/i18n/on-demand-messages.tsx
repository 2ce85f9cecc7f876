import { use, type ReactNode } from 'react';
import { loadViewsTranslator } from './views-catalog-loader.ts';
import { I18nContext, useI18n } from './i18n-context.ts';
import type { Translator } from './translator.ts';

// One load per base translator: re-renders and view switches reuse the settled promise.
const loaded = new WeakMap<Translator, Promise<Translator>>();

function viewsTranslator(base: Translator): Promise<Translator> {
  let promise = loaded.get(base);
  if (promise === undefined) {
    promise = loadViewsTranslator(base);
    loaded.set(base, promise);
  }
  return promise;
}

/**
 * Gives what loads on demand (the lookup, install and settings views, the card's problem
 * states) its messages; suspends until they arrive. Loaded lazily itself, so the CRM tab's
 * first view carries none of this.
 */
export function OnDemandMessages({ children }: { children: ReactNode }) {
  const translator = use(viewsTranslator(useI18n()));
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}
