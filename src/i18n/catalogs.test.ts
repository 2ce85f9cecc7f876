import { describe, expect, it } from 'vitest';
import { loadTranslator } from './catalog-loader.ts';
import { en, type Catalog } from './catalogs/en.ts';
import { views as enViews } from './catalogs/views/en.ts';
import { LANGUAGES, type CatalogCode } from './language.ts';
import { loadPlacementTitles } from './placement-titles.ts';

// Every catalog file, registered or not: a new language cannot slip past this test.
const FILES = import.meta.glob<Record<string, Catalog | undefined>>('./catalogs/*.ts', {
  eager: true,
});
const VIEW_FILES = import.meta.glob<Record<string, Catalog | undefined>>('./catalogs/views/*.ts', {
  eager: true,
});

/** A language's whole catalog: its core file merged with its views file. */
function catalogOf(code: string): Catalog | undefined {
  const core = FILES[`./catalogs/${code}.ts`]?.['catalog'];
  const views = VIEW_FILES[`./catalogs/views/${code}.ts`]?.['views'];
  return core === undefined || views === undefined ? undefined : { ...core, ...views };
}

const english: Catalog = { ...en, ...enViews };

const CODES = Object.keys(LANGUAGES).filter(
  (code): code is Exclude<CatalogCode, 'en'> => code !== 'en',
);
const ENGLISH_KEYS = Object.keys(english);
const PLURAL_BASES = ENGLISH_KEYS.filter((key) => key.endsWith('.other')).map((key) =>
  key.slice(0, -'.other'.length),
);
const EXTRA_FORMS = new Set(
  PLURAL_BASES.flatMap((base) => ['zero', 'two', 'few', 'many'].map((form) => `${base}.${form}`)),
);
// Russian, Ukrainian and Polish count one / few / many (1 запис, 2 записи, 5 записів).
const SLAVIC = ['ru', 'ua', 'pl'];

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();

describe('catalog files', () => {
  it('are exactly the registered languages, each with its views catalog', () => {
    expect(Object.keys(FILES).sort()).toEqual(
      Object.keys(LANGUAGES)
        .map((code) => `./catalogs/${code}.ts`)
        .sort(),
    );
    expect(Object.keys(VIEW_FILES).sort()).toEqual(
      Object.keys(LANGUAGES)
        .map((code) => `./catalogs/views/${code}.ts`)
        .sort(),
    );
  });
});

describe.each(CODES)('the %s catalog', (code) => {
  const catalog = catalogOf(code);
  const text: Readonly<Record<string, string | undefined>> = catalog ?? {};
  const keys = Object.keys(text);

  it('has every key the English one has, none empty', () => {
    const missing = ENGLISH_KEYS.filter((key) => !keys.includes(key));
    expect(missing).toEqual([]);
    const empty = keys.filter((key) => text[key]?.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has no keys English lacks, except plural forms of its plural keys', () => {
    const extra = keys.filter((key) => !Object.hasOwn(english, key) && !EXTRA_FORMS.has(key));
    expect(extra).toEqual([]);
  });

  it('keeps every placeholder of the English text', () => {
    const broken = ENGLISH_KEYS.filter(
      (key) =>
        placeholders(text[key] ?? '').join() !==
        placeholders(english[key as keyof typeof english] ?? '').join(),
    );
    expect(broken).toEqual([]);
  });

  it('loads as its own chunk into a translator in its Intl locale', async () => {
    const translator = await loadTranslator(code);
    expect(translator.locale).toBe(LANGUAGES[code]);
    expect(translator.t('action.openChat')).toBe(text['action.openChat']);
  });
});

describe.each([...SLAVIC])('the %s catalog counts like its language', (code) => {
  it('has the one / few / many plural forms', () => {
    const keys = Object.keys(catalogOf(code) ?? {});
    const missing = PLURAL_BASES.flatMap((base) =>
      ['one', 'few', 'many'].map((form) => `${base}.${form}`),
    ).filter((key) => !keys.includes(key));
    expect(missing).toEqual([]);
  });
});

describe('the tab title bound with every place', () => {
  // What placement.bind has sent as LANG_ALL since the first release: a portal shows these.
  it('is the catalogs’ name of the app in each of the nine languages', async () => {
    expect(await loadPlacementTitles()).toStrictEqual({
      en: 'Linked Chat',
      ru: 'Связанный чат',
      de: 'Verknüpfter Chat',
      la: 'Chat vinculado',
      br: 'Chat vinculado',
      pl: 'Powiązany czat',
      ua: 'Пов’язаний чат',
      fr: 'Chat lié',
      it: 'Chat collegata',
    });
  });
});
