import { connect } from '../b24/connect.ts';
import { isClientType, parseKeyTemplate, parsePlacement } from '../b24/chat-key.ts';
import { linkedChatQueryOptions } from '../chat/linked-chat-query.ts';
import { loadTranslator } from '../i18n/catalog-loader.ts';
import { catalogFor } from '../i18n/language.ts';
import { createQueryClient, revalidateOnFocusAndVisibility } from '../query/query-client.ts';
import { applyTheme, parseTheme, THEME_OPTION } from '../theme/saved-theme.ts';
import { reloadFrame } from './reload-frame.ts';
import { routeView } from './route.ts';

// React and the views: a separate chunk (see render.tsx), requested only once the chat request
// has left. Fetched and parsed alongside this chunk (modulepreload, or an import() during init),
// it competed for the CPU with the SDK's parse and the init handshake: on `npm run bench`
// (2 cores) that made the ready card ~90 ms later than loading it during the request's flight.
const loadRender = () => import('./render.tsx');

/**
 * Connect → start the chat request → render. This module and its imports carry no React: the
 * init handshake and the chat's one REST request leave while React still waits to be evaluated,
 * so the tab's first view costs one round trip after the SDK's own chunk, not after all of it.
 */
export async function boot(root: HTMLElement): Promise<void> {
  // The portal also passes LANG in the query string: the likely language, known before init.
  const hinted = catalogFor(new URLSearchParams(window.location.search).get('LANG'));

  try {
    // connect() posts getInitData at once. While the parent answers, the main thread is idle:
    // build the translator for the hinted language then. Its Intl data costs tens of ms
    // (more on a busy machine), which would otherwise come between the answer and the card.
    const connecting = connect();
    const hintedTranslator = loadTranslator(hinted);
    const outcome = await connecting;
    if (outcome.kind === 'outside-frame') {
      const [render, translator] = await Promise.all([loadRender(), hintedTranslator]);
      render.renderOutsideFrame(root, outcome.reason, translator);
      return;
    }

    const { door } = outcome;
    // The static skeleton wears the user's saved theme from here on, not only once React runs.
    applyTheme(parseTheme(door.userOption(THEME_OPTION)));
    const view = routeView(door.init);
    const placement = parsePlacement(
      door.init.placement,
      door.init.placementOptions,
      parseKeyTemplate(door.init.keyTemplate),
    );
    const queryClient = createQueryClient();
    revalidateOnFocusAndVisibility();
    // A contact's or company's tab asks what it needs once its chunk is here (src/client/).
    if (view === 'crm-tab' && placement.ok && !isClientType(placement.key.crmType)) {
      void queryClient.prefetchQuery(linkedChatQueryOptions(door, placement.key));
      // The request reaches the network at the end of a chain of microtasks (query core, SDK,
      // axios). Loading a catalog or evaluating React now would run inside that chain and
      // hold the request back; one macrotask later it has left.
      await nextTask();
    }
    const language = catalogFor(door.init.lang);
    const [render, translator] = await Promise.all([
      loadRender(),
      language === hinted ? hintedTranslator : loadTranslator(language),
    ]);
    render.renderApp(root, { door, view, placement, translator, queryClient });
  } catch (error) {
    // Boot itself failed (a bug, or the React chunk did not load): never leave a blank frame.
    console.error(error);
    loadRender().then(
      (render) => render.renderBootError(root),
      () => showChunkFailure(root),
    );
  }
}

/** The `error` state without React, for when its chunk cannot be loaded at all (English only). */
function showChunkFailure(root: HTMLElement): void {
  const card = document.createElement('section');
  card.className = 'card';
  card.dataset['state'] = 'error';
  const text = document.createElement('p');
  text.className = 'card__text';
  text.setAttribute('role', 'alert');
  text.textContent = 'Linked Chat could not load. Check the connection and try again.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button button--primary';
  retry.textContent = 'Try again';
  retry.addEventListener('click', reloadFrame);
  card.append(text, retry);
  const app = document.createElement('div');
  app.className = 'app';
  app.append(card);
  root.replaceChildren(app);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
