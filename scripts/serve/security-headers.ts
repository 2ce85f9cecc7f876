/**
 * Headers sent with every response, the error pages included.
 *
 * The CSP repeats the app's own policy (the `<meta>` in index.html) and adds what only the
 * server can say: `frame-ancestors` is ignored in a `<meta>` policy, and the portal's
 * origin is known only where the app is deployed, so framing, REST calls and avatars are
 * allowed for the configured portal domains only. The browser enforces both policies, so
 * the header narrows the meta's `http: https:` to those domains.
 *
 * No `X-Frame-Options`: Bitrix24 shows the app in an iframe on the portal's origin, and
 * the header has no value that allows a list of other origins (`ALLOW-FROM` is ignored by
 * current browsers), so any value would blank the app. `frame-ancestors` does that job.
 */
export function securityHeaders(portalDomains: readonly string[]): Record<string, string> {
  const portals = portalDomains.join(' ');
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${portals}`,
    `connect-src 'self' ${portals}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${portals}`,
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
