import type { CreateAxiosDefaults, FormSerializerOptions } from 'axios';

/**
 * axios options for the SDK's HTTP clients (via B24Frame#_getHttpOptions).
 *
 * Why a form body: the SDK posts JSON, and `application/json` makes every REST call a CORS
 * request with a preflight, i.e. two round trips per call because each URL is unique
 * (b24-frame-protocol §11). `application/x-www-form-urlencoded` with no custom header is a
 * CORS "simple request", and Bitrix24 REST reads form bodies as PHP does.
 *
 * With this content type axios serialises the body object itself (defaults/index.js →
 * toURLEncodedForm): nested objects as `cmd[lookup]=…`, flat arrays as `a[]=1&a[]=2`, arrays
 * of objects as `a[0][x]=…`, null/undefined left out (PHP then sees no value, as `isset`
 * would for JSON null), and Unicode/`&`/`=` percent-encoded. The one value type it gets wrong
 * for PHP is a boolean: it writes "true"/"false", and PHP treats the string "false" as true.
 * The visitor below writes 1/0 instead, which PHP reads with the meaning JSON had.
 */
function phpScalar(value: unknown): unknown {
  if (value === true) return 1;
  if (value === false) return 0;
  return value;
}

const formSerializer: FormSerializerOptions = {
  visitor(value, key, path, helpers) {
    const phpValue = Array.isArray(value) ? value.map(phpScalar) : phpScalar(value);
    return helpers.defaultVisitor.call(this, phpValue, key, path, helpers);
  },
};

export const formHttpOptions: CreateAxiosDefaults = {
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  formSerializer,
};
