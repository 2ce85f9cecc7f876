import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { connect } from '../b24/connect.ts';
import { parseKeyTemplate, parsePlacement } from '../b24/placement.ts';
import { linkedChatQueryOptions } from '../chat/linked-chat-query.ts';
import { loadTranslator, preloadCatalog } from '../i18n/catalog-loader.ts';
import { I18nContext } from '../i18n/i18n-context.ts';
import { catalogFor } from '../i18n/language.ts';
import { App, RenderError } from './app.tsx';
import { OutsideFrameView } from './outside-frame-view.tsx';
import { createQueryClient, revalidateOnFocusAndVisibility } from './query-client.ts';
import { routeView, setRootView } from './route.ts';

/**
 * Connect → start the chat request → render. The request leaves before React renders (and
 * while the language chunk loads), so the tab's first view costs one REST round trip after init.
 */
export async function boot(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root);
  // The portal also passes LANG in the query string: a hint to fetch the catalog during init.
  const langHint = new URLSearchParams(window.location.search).get('LANG');
  preloadCatalog(catalogFor(langHint));

  try {
    const outcome = await connect();
    if (outcome.kind === 'outside-frame') {
      const translator = await loadTranslator(catalogFor(langHint));
      setRootView(root, 'outside-frame');
      reactRoot.render(
        <StrictMode>
          <I18nContext.Provider value={translator}>
            <div className="app">
              <OutsideFrameView reason={outcome.reason} />
            </div>
          </I18nContext.Provider>
        </StrictMode>,
      );
      return;
    }

    const { door } = outcome;
    const view = routeView(door.init);
    const placement = parsePlacement(
      door.init.placement,
      door.init.placementOptions,
      parseKeyTemplate(door.init.keyTemplate),
    );
    const queryClient = createQueryClient();
    revalidateOnFocusAndVisibility();
    if (view === 'crm-tab' && placement.ok) {
      void queryClient.prefetchQuery(linkedChatQueryOptions(door, placement.key));
    }
    const translator = await loadTranslator(catalogFor(door.init.lang));
    setRootView(root, view);
    reactRoot.render(
      <StrictMode>
        <App
          door={door}
          view={view}
          placement={placement}
          translator={translator}
          queryClient={queryClient}
        />
      </StrictMode>,
    );
  } catch (error) {
    // Boot itself failed (a bug): still say so, in English, rather than leave a blank frame.
    console.error(error);
    reactRoot.render(
      <div className="app">
        <RenderError onRetry={() => window.location.reload()} />
      </div>,
    );
  }
}
