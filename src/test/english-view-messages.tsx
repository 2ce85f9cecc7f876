import type { ReactNode } from 'react';
import { ViewsI18nContext } from '../i18n/on-demand-messages.ts';
import { englishViews } from './english-views.ts';

/** What OnDemandMessages gives a view in the app, here in English and at once. */
export function EnglishViewMessages({ children }: { children: ReactNode }) {
  return <ViewsI18nContext.Provider value={englishViews}>{children}</ViewsI18nContext.Provider>;
}
