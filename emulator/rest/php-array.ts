/** PHP's json_encode of an associative array: `[]` when empty, a list when the keys are
 * 0..n-1 in order, an object otherwise. Batch answers come out of PHP this way
 * (`"result_error":[]`), and the SDK reads both shapes. */
export function phpArray(entries: ReadonlyArray<readonly [string, unknown]>): unknown {
  if (entries.every(([key], index) => key === String(index))) {
    return entries.map(([, value]) => value);
  }
  return Object.fromEntries(entries);
}
