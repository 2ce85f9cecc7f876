/**
 * Bitrix24 cloud zones whose portals may frame the app and receive its REST calls.
 *
 * Bitrix publishes no list. These are the zones that Bitrix's own server code maps its
 * license regions to (`bitrix.service.domain.address` in the sign module's `.settings.php`
 * and the desktop download links of the im module, bitrix24-core-corp mirror), plus `.kz`
 * from the landing module's zone list. `.ua` is left out on purpose: it is gone from the
 * newer region maps, and an allowed zone that nobody controls would let a stranger frame
 * the app. Self-hosted portals and any zone missing here go into `PORTAL_DOMAINS`.
 */
const CLOUD_ZONES = [
  'bitrix24.com',
  'bitrix24.eu',
  'bitrix24.de',
  'bitrix24.fr',
  'bitrix24.it',
  'bitrix24.pl',
  'bitrix24.es',
  'bitrix24.uk',
  'bitrix24.com.br',
  'bitrix24.com.tr',
  'bitrix24.mx',
  'bitrix24.co',
  'bitrix24.in',
  'bitrix24.id',
  'bitrix24.vn',
  'bitrix24.jp',
  'bitrix24.cn',
  'bitrix24.ru',
  'bitrix24.by',
  'bitrix24.kz',
  'bitrix24.uz',
] as const;

export const DEFAULT_PORTAL_DOMAINS: readonly string[] = CLOUD_ZONES.map(
  (zone) => `https://*.${zone}`,
);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// A wildcard needs two labels after `*.`: `*.com` would let any .com site frame the app.
const SOURCE = new RegExp(
  `^(?<scheme>https?://)?(?:\\*\\.${LABEL}(?:\\.${LABEL})+|${LABEL}(?:\\.${LABEL})*)(?::(?:\\d{1,5}|\\*))?$`,
);

/**
 * Turns `PORTAL_DOMAINS` (origins or hosts, separated by commas or spaces) into CSP source
 * expressions. Anything that is not a plain host is refused rather than passed through:
 * the value lands inside a header, and `*`, `'unsafe-inline'` or a stray `;` would quietly
 * undo the policy.
 */
export function parsePortalDomains(raw: string): string[] {
  const entries = raw
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/\/$/, ''))
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('PORTAL_DOMAINS names no domain');
  return [
    ...new Set(
      entries.map((entry) => {
        const match = SOURCE.exec(entry);
        if (!match) {
          throw new Error(
            `PORTAL_DOMAINS: "${entry}" is not a host or origin such as https://*.bitrix24.com or portal.example.com`,
          );
        }
        // A bare host would also match plain http on an http page; say https outright.
        return match.groups?.['scheme'] ? entry : `https://${entry}`;
      }),
    ),
  ];
}
