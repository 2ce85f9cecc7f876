import type { Catalog, ViewsCatalog } from './catalogs/en.ts';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  c: 'ç',
  e: 'é',
  i: 'î',
  n: 'ñ',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  A: 'Å',
  C: 'Ç',
  E: 'É',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
};

// Placeholders stay intact: `{count}` must still be replaced.
const PLACEHOLDER = /(\{\w+\})/;

function pseudoText(text: string): string {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) =>
      PLACEHOLDER.test(part) ? part : Array.from(part, (char) => ACCENTED[char] ?? char).join(''),
    )
    .join('');
  // The brackets show where each string starts and ends: a string cut short or glued together
  // from pieces shows, and so does any text on screen without them (it skipped the catalog).
  return `⟦${accented}⟧`;
}

/** An English catalog (core or views), every string accented and bracketed. */
export function pseudoCatalog<C extends Catalog | ViewsCatalog>(source: C): C {
  const entries = Object.entries(source).map(([key, text]) => [key, pseudoText(String(text))]);
  // Same keys as the source by construction; Object.fromEntries loses the key types.
  return Object.fromEntries(entries) as C;
}
