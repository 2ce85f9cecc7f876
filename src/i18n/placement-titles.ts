import type { ViewsCatalog } from './catalogs/en.ts';
import { isCatalogCode, LANGUAGES, type CatalogCode } from './language.ts';

// Every language's views catalog, as views-catalog-loader.ts finds them (the same chunks). A
// module of its own: shared by installation and settings only, it joins their common chunk
// rather than split the views loader out of the on-demand messages' chunk.
const VIEWS = import.meta.glob<ViewsCatalog>('./catalogs/views/*.ts', { import: 'views' });

async function titleIn(code: CatalogCode): Promise<[CatalogCode, string]> {
  const load = VIEWS[`./catalogs/views/${code}.ts`];
  // A language without its file (the catalogs test forbids it) fails like one that won't load.
  if (load === undefined) throw new Error(`catalogs/views/${code}.ts is missing`);
  return [code, (await load())['placement.title']];
}

/** The tab's name in each catalog language, by Bitrix24 code; English is the default TITLE. */
export type PlacementTitles = Readonly<Record<string, string>> & { readonly en: string };

/**
 * placement.bind's TITLE in every catalog language, for LANG_ALL: the portal names the tab in
 * each user's language. A catalog that does not load fails the bind (Try again offers it again)
 * rather than name the tab in English for that language.
 */
export async function loadPlacementTitles(): Promise<PlacementTitles> {
  const others = Object.keys(LANGUAGES)
    .filter(isCatalogCode)
    .filter((code) => code !== 'en');
  const [[, en], ...titles] = await Promise.all([titleIn('en'), ...others.map(titleIn)]);
  return { en, ...Object.fromEntries(titles) };
}
