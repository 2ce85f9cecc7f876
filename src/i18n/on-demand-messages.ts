import { createContext, createElement, use, useContext, type ReactNode } from 'react';
import { useI18n } from './i18n-context.ts';
import type { Translator, ViewsTranslator } from './translator.ts';
import { loadViewsTranslator } from './views-catalog-loader.ts';

// The provider, its context and its hook in one module, so in one chunk: a view needs them all
// and loads nothing more for them. (No JSX here: a .tsx file may export components only.)

// One load per base translator: re-renders and view switches reuse the settled promise.
const loaded = new WeakMap<Translator, Promise<ViewsTranslator>>();

function viewsTranslator(base: Translator): Promise<ViewsTranslator> {
  let promise = loaded.get(base);
  if (promise === undefined) {
    promise = loadViewsTranslator(base);
    loaded.set(base, promise);
  }
  return promise;
}

/** Provided by OnDemandMessages once the views catalog is here, and by nothing else. */
export const ViewsI18nContext = createContext<ViewsTranslator | null>(null);

interface OnDemandMessagesProps {
  /**
   * What needs the views' messages: it reads them with useViewsI18n, or takes the translator
   * here (a component on the first view, which must not import this module).
   */
  children: ReactNode | ((i18n: ViewsTranslator) => ReactNode);
}

/**
 * Gives what loads on demand (the lookup, install and settings views, the card's problem
 * states) its messages; suspends until they arrive. Loaded lazily itself (ViewMessages), so the
 * CRM tab's first view carries none of this.
 */
export function OnDemandMessages({ children }: OnDemandMessagesProps) {
  const translator = use(viewsTranslator(useI18n()));
  const content = typeof children === 'function' ? children(translator) : children;
  return createElement(ViewsI18nContext, { value: translator }, content);
}

/** The translator of what loads on demand: every key, the core's and the views'. */
export function useViewsI18n(): ViewsTranslator {
  const translator = useContext(ViewsI18nContext);
  // Outside OnDemandMessages the views' messages may not have arrived: a bug to show, not hide.
  if (translator === null) throw new Error('useViewsI18n() needs OnDemandMessages above it');
  return translator;
}
