// PHP's reading of request values, where the portal's behaviour hangs on it. Params reach PHP
// as strings and arrays (form bodies) or as JSON types (JSON bodies, decoded to arrays).

/** PHP's boolean cast: false for null, false, 0, 0.0, '', '0' and an empty array. */
export function isPhpTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '' && value !== '0';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** PHP's intval: the leading number of a string ('4abc' → 4, '1e3' → 1000, 'abc' → 0), a
 * number truncated, 1/0 for booleans and for non-empty/empty arrays. */
export function phpIntval(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'string') {
    const leading = /^[\t\n\v\f\r ]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(value)?.[0];
    const number = leading === undefined ? 0 : Number(leading.trim());
    return Number.isFinite(number) ? Math.trunc(number) : 0;
  }
  return isPhpTruthy(value) ? 1 : 0;
}
