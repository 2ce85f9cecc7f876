import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { ConnectOutcome } from '../b24/connect.ts';
import { I18nContext } from '../i18n/i18n-context.ts';
import type { Translator } from '../i18n/translator.ts';
import { App, RenderError, type AppProps } from './app.tsx';
import { reloadFrame } from './reload-frame.ts';
import { OutsideFrameView } from './views.tsx';

/**
 * Everything that needs React, in its own chunk: boot imports it with `import()` so that the
 * init handshake and the first request leave before React is even loaded (issue "Speed"); it
 * loads during the request's round trip.
 */
export function renderApp(root: HTMLElement, props: AppProps): void {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

type OutsideReason = Extract<ConnectOutcome, { kind: 'outside-frame' }>['reason'];

export function renderOutsideFrame(
  root: HTMLElement,
  reason: OutsideReason,
  translator: Translator,
): void {
  createRoot(root).render(
    <StrictMode>
      <I18nContext.Provider value={translator}>
        <div className="app">
          <Suspense fallback={null}>
            <OutsideFrameView reason={reason} />
          </Suspense>
        </div>
      </I18nContext.Provider>
    </StrictMode>,
  );
}

/** Boot itself failed (a bug): say so, in English, rather than leave a blank frame. */
export function renderBootError(root: HTMLElement): void {
  createRoot(root).render(
    <div className="app">
      <RenderError onRetry={reloadFrame} />
    </div>,
  );
}
