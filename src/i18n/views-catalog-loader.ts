import type { ViewsCatalog } from './catalogs/en.ts';
import { PSEUDO } from './language.ts';
import { addEnglishViews, type Translator, type ViewsTranslator } from './translator.ts';

// The lookup, install and settings views bring their messages along: the CRM tab's first view
// carries none of them (issue "Speed": the tab's initial JavaScript budget). One chunk each.
const VIEWS = import.meta.glob<ViewsCatalog>(['./catalogs/views/*.ts', '!./catalogs/views/en.ts'], {
  import: 'views',
});

const loadEnglish = () => import('./catalogs/views/en.ts').then((module) => module.views);

const loadPseudo =
  import.meta.env.DEV || import.meta.env.MODE === 'pseudo'
    ? () =>
        Promise.all([loadEnglish(), import('./pseudo.ts')]).then(([english, module]) =>
          module.pseudoCatalog(english),
        )
    : loadEnglish;

function loaderOf(code: string): (() => Promise<ViewsCatalog>) | undefined {
  return code === PSEUDO ? loadPseudo : VIEWS[`./catalogs/views/${code}.ts`];
}

/** The same translator with the views' messages added, English ones as the fallback. */
export async function loadViewsTranslator(base: Translator): Promise<ViewsTranslator> {
  const english = await loadEnglish();
  addEnglishViews(english);
  const load = loaderOf(base.code);
  if (load === undefined) return base.extend(english);
  // A chunk that fails to load leaves the English fallback in place.
  const views = await load().catch(() => english);
  return base.extend(views);
}
