// CORS exactly as the real portal sends it (rest_util.php `sendHeaders`, called for every REST
// answer and, from rest/include.php, as the whole answer to an OPTIONS request; b24-frame-
// protocol.md §5, §11): any origin, only these request headers, and nothing else — no
// Allow-Methods (GET and POST need none) and no Max-Age, so Chromium keeps a preflight for its
// default 5 s only.
// An app that adds a header works here only if it would work on a real portal.

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'X-Content-Type-Options': 'nosniff',
};
