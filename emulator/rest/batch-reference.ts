// `$result[key][field]…` references between batch commands, resolved the way
// CRestUtil::processBatchElement does it (rest_util.php, b24-frame-protocol.md §7, §10.8):
// - a reference is `$<map>` followed by everything up to the next whitespace; its `[…]`
//   segments are walked from the map while PHP's isset() holds, and the walk stops at the
//   first one that fails, keeping the deepest value reached (for a command that failed, the
//   whole `result` map; for a null result, its parent);
// - when the reference is the whole value, the param becomes that value, whatever it is;
// - inside a longer string it is str_replace'd when the value is a string or a number (cast
//   to a string), and left as typed otherwise;
// - the maps are `result`, `next`, `total`, `time`, `error` (and `error_description` once a
//   command failed); the name matches in any case, but only the exact name finds its map.
// Keys are left alone: after parse_str no key can hold a reference.

/** The maps a batch has filled so far, in PHP's order (`$arResult` in methodsBatch). */
export type BatchReferences = Readonly<Record<string, unknown>>;

/** PCRE's `\s` without the u flag: ASCII whitespace only. */
const NOT_SPACE = '[^\\t\\n\\v\\f\\r ]';
const SEGMENT = /\[([^\]]+)\]/g;
const UNSET = Symbol('unset');

/** `$value[$key]` if PHP's isset() holds for it, else UNSET. */
function issetOffset(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    // String offsets: integer keys only ('01' and '+1' count, '1.0' does not), negative from
    // the end. PHP counts bytes; for ASCII that is the same.
    if (!/^[+-]?\d+$/.test(key)) return UNSET;
    const raw = Number(key);
    const index = raw < 0 ? value.length + raw : raw;
    return index >= 0 && index < value.length ? value.charAt(index) : UNSET;
  }
  if (value === null || typeof value !== 'object') return UNSET;
  if (Array.isArray(value) && !/^(0|[1-9]\d*)$/.test(key)) return UNSET;
  if (!Object.hasOwn(value, key)) return UNSET;
  const found = (value as Record<string, unknown>)[key];
  return found === null || found === undefined ? UNSET : found;
}

/** PHP's is_numeric for what a batch result can hold. */
function isNumeric(value: unknown): value is number | string {
  if (typeof value === 'number') return true;
  return (
    typeof value === 'string' &&
    /^[\t\n\v\f\r ]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[\t\n\v\f\r ]*$/.test(value)
  );
}

function resolvePath(map: unknown, path: string): unknown {
  let current = map;
  for (const [, key = ''] of path.matchAll(SEGMENT)) {
    const next = issetOffset(current, key);
    if (next === UNSET) break;
    current = next;
  }
  return current;
}

/** processBatchElement for one param value. */
function substituteValue(value: string, refs: BatchReferences): unknown {
  const names = Object.keys(refs).join('|');
  const reference = new RegExp(`\\$(${names})(${NOT_SPACE}*)`, 'gi');
  let result: unknown = value;
  for (const [whole, name = '', path = ''] of value.matchAll(reference)) {
    if (!new RegExp(SEGMENT.source).test(path)) continue;
    const start = Object.hasOwn(refs, name) ? refs[name] : null;
    const resolved = resolvePath(start, path);
    if (whole === result) {
      result = resolved;
      continue;
    }
    const text = isNumeric(resolved) ? String(resolved) : resolved;
    if (typeof text !== 'string' || typeof result !== 'string') continue;
    result = result.split(whole).join(text);
  }
  return result;
}

/** Substitutes references in every string value of a command's params (processBatchStructure). */
export function substituteReferences(value: unknown, refs: BatchReferences): unknown {
  if (typeof value === 'string') return substituteValue(value, refs);
  if (Array.isArray(value)) return value.map((item) => substituteReferences(item, refs));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, substituteReferences(inner, refs)]),
    );
  }
  return value;
}
