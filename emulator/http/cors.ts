// CORS exactly as the real portal sends it (rest_util.php `sendHeaders`, b24-frame-protocol.md
// §5, §11): any origin, and only these request headers. An app that adds a header works here
// only if it would work on a real portal.

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
};
