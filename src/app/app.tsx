import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useRef, type ReactNode } from 'react';
import type { B24Door } from '../b24/door.ts';
import { DoorContext } from '../b24/door-context.ts';
import type { PlacementParse } from '../b24/placement.ts';
import { I18nContext, useI18n } from '../i18n/i18n-context.ts';
import type { Translator } from '../i18n/translator.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { CrmTabView } from './crm-tab-view.tsx';
import type { ConnectedView } from './route.ts';
import { useFitFrame } from './use-fit-frame.ts';
import { InstallView, LookupView } from './views.tsx';

export interface AppProps {
  door: B24Door;
  view: ConnectedView;
  placement: PlacementParse;
  translator: Translator;
  queryClient: QueryClient;
}

export function App({ door, view, placement, translator, queryClient }: AppProps) {
  return (
    <DoorContext.Provider value={door}>
      <I18nContext.Provider value={translator}>
        <QueryClientProvider client={queryClient}>
          <Fitted door={door}>
            <ErrorBoundary fallback={(reset) => <RenderError onRetry={reset} />}>
              <Suspense fallback={<ViewLoading />}>
                {view === 'crm-tab' && <CrmTabView placement={placement} />}
                {view === 'lookup' && <LookupView />}
                {view === 'install' && <InstallView />}
              </Suspense>
            </ErrorBoundary>
          </Fitted>
        </QueryClientProvider>
      </I18nContext.Provider>
    </DoorContext.Provider>
  );
}

function Fitted({ door, children }: { door: B24Door; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitFrame(door, ref);
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
