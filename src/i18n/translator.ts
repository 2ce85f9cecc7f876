import {
  en,
  type Catalog,
  type CoreCatalog,
  type CoreKey,
  type MessageKey,
  type PluralKey,
  type ViewsCatalog,
} from './catalogs/en.ts';

export type Vars = Readonly<Record<string, string | number>>;

/**
 * A language's text, typed by the keys its catalogs hold. `t` and `plural` are properties, not
 * methods, so their keys are checked strictly: a translator with more keys stands in for one with
 * fewer, never the other way round.
 */
export interface Translator<K extends MessageKey = CoreKey> {
  /** The BCP 47 locale the text is in, for `<html lang>` and Intl. */
  readonly locale: string;
  /** The catalog's code (`en`, `ru`, `la`…): the views catalog to add is the same language's. */
  readonly code: string;
  /** The same language with a views catalog added (see addEnglishViews for the fallback). */
  extend(views: ViewsCatalog): ViewsTranslator;
  readonly t: (key: K, vars?: Vars) => string;
  /** Picks `<key>.<plural form>` for `count` and interpolates `{count}` plus `vars`. */
  readonly plural: (key: PluralKey<K>, count: number, vars?: Vars) => string;
  /** "3 days ago", "in 5 minutes", "now". */
  relativeTime(epochMs: number, nowMs?: number): string;
}

/**
 * What loads on demand (the lookup, install and settings views, the card's problem states) has
 * the views catalog too: OnDemandMessages gives it this translator. The first view's `Translator`
 * knows the core keys only, so code on the first view cannot ask for a message it lacks.
 */
export type ViewsTranslator = Translator<MessageKey>;

// English is every catalog's fallback. Its core ships with the first view; its views catalog
// arrives with the first view that needs it and is added here, for every translator at once.
const englishFallback: Record<string, string> = { ...en };

export function addEnglishViews(views: ViewsCatalog): void {
  Object.assign(englishFallback, views);
}

const VARIABLE = /\{(\w+)\}/g;

function interpolate(template: string, vars: Vars | undefined): string {
  if (vars === undefined) return template;
  return template.replace(VARIABLE, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Thresholds as in common "time ago" libraries: round into the largest unit that reads well.
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['second', SECOND, 45 * SECOND],
  ['minute', MINUTE, 45 * MINUTE],
  ['hour', HOUR, 22 * HOUR],
  ['day', DAY, 26 * DAY],
  ['month', 30 * DAY, 320 * DAY],
  ['year', 365 * DAY, Infinity],
];

/**
 * `locale` is the catalog's language: plural rules and dates must follow the text. A catalog
 * with the views' messages makes a ViewsTranslator; a core one, a Translator.
 */
export function createTranslator(
  catalog: CoreCatalog & ViewsCatalog,
  locale: string,
  code?: string,
): ViewsTranslator;
export function createTranslator(catalog: Catalog, locale: string, code?: string): Translator;
export function createTranslator(catalog: Catalog, locale: string, code = 'en'): ViewsTranslator {
  const pluralRules = new Intl.PluralRules(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const lookup = (key: string): string | undefined =>
    Object.hasOwn(catalog, key) ? (catalog as Record<string, string>)[key] : undefined;

  // A key nobody translated shows as itself: visible in review, never a blank.
  const fallback = (key: string): string => englishFallback[key] ?? key;

  return {
    locale,
    code,
    extend(views) {
      return createTranslator({ ...catalog, ...views }, locale, code);
    },
    t(key, vars) {
      return interpolate(lookup(key) ?? fallback(key), vars);
    },
    plural(key, count, vars) {
      const form = pluralRules.select(count);
      const template =
        lookup(`${key}.${form}`) ??
        lookup(`${key}.other`) ??
        englishFallback[`${key}.${form}`] ??
        fallback(`${key}.other`);
      return interpolate(template, { ...vars, count: count.toLocaleString(locale) });
    },
    relativeTime(epochMs, nowMs = Date.now()) {
      const diff = epochMs - nowMs;
      for (const [unit, size, limit] of UNITS) {
        if (Math.abs(diff) < limit) {
          const amount = Math.round(diff / size);
          return relative.format(unit === 'second' ? 0 : amount, unit);
        }
      }
      return relative.format(Math.round(diff / (365 * DAY)), 'year');
    },
  };
}
