import type { ViewsCatalog } from './catalogs/en.ts';
import { CATALOGS, PSEUDO, type CatalogCode, type LoadableCode } from './language.ts';
import { addEnglishViews, type Translator } from './translator.ts';

// The lookup, install and settings views bring their messages along: the CRM tab's first view
// carries none of them (issue "Speed": the tab's initial JavaScript budget).
const VIEW_LOADERS: Readonly<Record<LoadableCode, () => Promise<ViewsCatalog>>> = {
  en: () => import('./catalogs/views/en.ts').then((module) => module.enViews),
  ru: () => import('./catalogs/views/ru.ts').then((module) => module.ruViews),
  de: () => import('./catalogs/views/de.ts').then((module) => module.deViews),
  la: () => import('./catalogs/views/la.ts').then((module) => module.laViews),
  br: () => import('./catalogs/views/br.ts').then((module) => module.brViews),
  pl: () => import('./catalogs/views/pl.ts').then((module) => module.plViews),
  ua: () => import('./catalogs/views/ua.ts').then((module) => module.uaViews),
  fr: () => import('./catalogs/views/fr.ts').then((module) => module.frViews),
  it: () => import('./catalogs/views/it.ts').then((module) => module.itViews),
  [PSEUDO]:
    import.meta.env.DEV || import.meta.env.MODE === 'pseudo'
      ? () =>
          Promise.all([VIEW_LOADERS.en(), import('./pseudo.ts')]).then(([english, module]) =>
            module.pseudoCatalog(english),
          )
      : () => VIEW_LOADERS.en(),
};

function isLoadable(code: string): code is LoadableCode {
  return Object.hasOwn(VIEW_LOADERS, code);
}

/** The same translator with the views' messages added, English ones as the fallback. */
export async function loadViewsTranslator(base: Translator): Promise<Translator> {
  const english = await VIEW_LOADERS.en();
  addEnglishViews(english);
  if (base.code === 'en' || !isLoadable(base.code)) return base.extend(english);
  // A chunk that fails to load leaves the English fallback in place.
  const views = await VIEW_LOADERS[base.code]().catch(() => english);
  return base.extend(views);
}

/**
 * placement.bind's TITLE in every catalog language, for LANG_ALL: the portal names the tab in
 * each user's language. A catalog that does not load fails the bind (Try again offers it again)
 * rather than name the tab in English for that language.
 */
export async function loadPlacementTitles(): Promise<Readonly<Record<CatalogCode, string>>> {
  const codes = Object.keys(CATALOGS) as CatalogCode[];
  const titles = await Promise.all(
    codes.map(async (code) => [code, (await VIEW_LOADERS[code]())['placement.title']] as const),
  );
  return Object.fromEntries(titles) as Record<CatalogCode, string>;
}
