// `$result[key][field]…` references between batch commands, resolved by the server like the
// newest public copy of CRestUtil::processBatchElement (b24-frame-protocol.md §7, §10.8):
// - a reference that is the whole value becomes the raw value (an int stays an int);
// - a reference inside a string is str_replace'd; numbers are cast to strings first, and
//   anything else (arrays, booleans, null) leaves the reference literal;
// - a path that does not resolve (missing key, null on the way) stays literal.

const REFERENCE = /\$result((?:\[[^[\]]*\])+)/g;
const WHOLE_REFERENCE = /^\$result((?:\[[^[\]]*\])+)$/;
const SEGMENT = /\[([^[\]]*)\]/g;

/** The results of the commands run so far, by command key. */
export type BatchResults = Readonly<Record<string, unknown>>;

const UNRESOLVED = Symbol('unresolved');

function resolve(path: string, results: BatchResults): unknown {
  let current: unknown = results;
  for (const [, segment = ''] of path.matchAll(SEGMENT)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      return UNRESOLVED;
    }
    current = (current as Record<string, unknown>)[segment];
    // PHP's isset(): a null on the way (or at the end) does not resolve.
    if (current === null || current === undefined) return UNRESOLVED;
  }
  return current;
}

function substituteString(value: string, results: BatchResults): unknown {
  const whole = WHOLE_REFERENCE.exec(value);
  if (whole) {
    const resolved = resolve(whole[1] ?? '', results);
    return resolved === UNRESOLVED ? value : resolved;
  }
  return value.replace(REFERENCE, (reference, path: string) => {
    const resolved = resolve(path, results);
    if (typeof resolved === 'string') return resolved;
    if (typeof resolved === 'number') return String(resolved);
    return reference;
  });
}

/** Substitutes references in every string value of a command's params (keys are left alone). */
export function substituteReferences(value: unknown, results: BatchResults): unknown {
  if (typeof value === 'string') return substituteString(value, results);
  if (Array.isArray(value)) return value.map((item) => substituteReferences(item, results));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, substituteReferences(inner, results)]),
    );
  }
  return value;
}
