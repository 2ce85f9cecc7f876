/** Where a request target points inside dist/, decided from the URL alone (no file access). */
export type Route =
  | { kind: 'entry' }
  | { kind: 'file'; segments: string[] }
  | { kind: 'redirect'; location: string }
  | { kind: 'bad-request' }
  | { kind: 'not-found' };

const ENTRY = 'index.html';
const BASE_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * `BASE_PATH` as `/` or `/a/b/`: the prefix the app is mounted under when a proxy forwards
 * `/linked-chat/...` without stripping it. Plain characters only, so it never needs decoding.
 */
export function normalizeBasePath(raw: string | undefined): string {
  const segments = (raw ?? '/').split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (!BASE_SEGMENT.test(segment)) throw new Error(`BASE_PATH: "${raw}" is not a plain path`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * Maps a raw request target to a route. The query string is dropped: on a handler URL it
 * carries DOMAIN and APP_SID, which the page reads itself, and the files do not vary by it.
 * Traversal is refused on the decoded segments, so `..`, `%2e%2e` and `..%2f` all fail the
 * same way, and a segment may not smuggle a separator (`%2f`, `%5c`) or a NUL.
 */
export function route(target: string, basePath: string): Route {
  const queryAt = target.search(/[?#]/);
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt).replace(/#.*$/, '');
  // Absolute-form (`http://host/x`) and `*` targets are proxy business, not ours.
  if (!path.startsWith('/')) return { kind: 'bad-request' };

  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'bad-request' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) {
      return { kind: 'bad-request' };
    }
    segments.push(segment);
  }

  const base = basePath.split('/').filter((segment) => segment !== '');
  if (
    base.length > 0 &&
    segments.length === base.length &&
    base.every((b, i) => segments[i] === b)
  ) {
    // Without the trailing slash the page's relative asset URLs would resolve one level up.
    // 308 keeps the method and body, so Bitrix24's POST survives it.
    return { kind: 'redirect', location: `${basePath}${query}` };
  }
  if (!base.every((b, i) => segments[i] === b)) return { kind: 'not-found' };

  const rest = segments.slice(base.length);
  if (rest.length === 1 && (rest[0] === '' || rest[0] === ENTRY)) return { kind: 'entry' };
  // Directories (empty segments) and dotfiles are never served.
  if (rest.some((segment) => segment === '' || segment.startsWith('.'))) {
    return { kind: 'not-found' };
  }
  return { kind: 'file', segments: rest };
}
