import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useRef, useState, type ReactNode } from 'react';
import type { PlacementParse } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';
import { DoorContext } from '../b24/door-context.ts';
import { I18nContext, useDocumentLanguage, useI18n } from '../i18n/i18n-context.ts';
import type { Translator } from '../i18n/translator.ts';
import { ViewMessages } from '../i18n/view-messages.ts';
import { ThemeToggle } from '../theme/theme-toggle.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { NavigationContext } from '../ui/navigation.ts';
import { CrmTabView } from './crm-tab-view.tsx';
import { useRootView } from './root-view.ts';
import type { ConnectedView, View } from './route.ts';
import { useFitFrame } from './use-fit-frame.ts';
import { InstallView, LookupPage, SettingsView } from './views.tsx';

export interface AppProps {
  door: B24Door;
  view: ConnectedView;
  placement: PlacementParse;
  translator: Translator;
  queryClient: QueryClient;
}

export function App({ door, view, placement, translator, queryClient }: AppProps) {
  // The lookup page and the settings switch inside the frame (useNavigate); the rest is fixed.
  const [current, setCurrent] = useState<ConnectedView | 'settings'>(view);
  useDocumentLanguage(translator.locale);
  return (
    <DoorContext.Provider value={door}>
      <I18nContext.Provider value={translator}>
        <QueryClientProvider client={queryClient}>
          <NavigationContext.Provider value={setCurrent}>
            <Fitted door={door} view={current}>
              <ErrorBoundary fallback={(reset) => <RenderError onRetry={reset} />}>
                <Suspense fallback={<ViewLoading />}>
                  {current === 'crm-tab' && <CrmTabView placement={placement} />}
                  {current !== 'crm-tab' && (
                    <ViewMessages>
                      {current === 'lookup' && <LookupPage />}
                      {current === 'install' && <InstallView />}
                      {current === 'settings' && <SettingsView />}
                    </ViewMessages>
                  )}
                </Suspense>
              </ErrorBoundary>
              {/* The look is the person's choice on the app's own page, never on a card. */}
              {(current === 'lookup' || current === 'settings') && (
                <footer className="app__footer">
                  <ThemeToggle />
                </footer>
              )}
            </Fitted>
          </NavigationContext.Provider>
        </QueryClientProvider>
      </I18nContext.Provider>
    </DoorContext.Provider>
  );
}

function Fitted({ door, view, children }: { door: B24Door; view: View; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitFrame(door, ref);
  useRootView(ref, view);
  return (
    <div ref={ref} className="app">
      {children}
    </div>
  );
}

function ViewLoading() {
  const { t } = useI18n();
  return (
    <p role="status" className="page__text">
      {t('app.loading')}
    </p>
  );
}

/** A render bug: the `error` state with a way out, instead of a white frame. */
export function RenderError({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card" data-state="error" aria-labelledby="render-error-title">
      <h2 id="render-error-title" className="card__title">
        {t('error.title')}
      </h2>
      <p className="card__text" role="alert">
        {t('error.render')}
      </p>
      <div className="card__actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('action.tryAgain')}
        </button>
      </div>
    </section>
  );
}
