import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portalReloadUrl } from './portal-page.ts';

const portal = {
  origin: 'https://acme.bitrix24.com',
  protocol: 'https',
  domain: 'acme.bitrix24.com',
} as const;

function reloadUrl(placement: string, placementOptions: unknown): string {
  return portalReloadUrl({ placement, placementOptions, portal });
}

describe('portalReloadUrl: where Reload sends the portal when its session is over', () => {
  it.each([
    ['CRM_DEAL_DETAIL_TAB', { ID: '42' }, '/crm/deal/details/42/'],
    ['CRM_LEAD_DETAIL_TAB', { id: 7 }, '/crm/lead/details/7/'],
    ['CRM_CONTACT_DETAIL_TAB', '{"ID":"3"}', '/crm/contact/details/3/'],
    ['CRM_COMPANY_DETAIL_TAB', { ID: '9' }, '/crm/company/details/9/'],
    ['CRM_QUOTE_DETAIL_TAB', { ID: '11' }, '/crm/type/7/details/11/'],
    ['CRM_SMART_INVOICE_DETAIL_TAB', { ID: '12' }, '/crm/type/31/details/12/'],
    ['CRM_DYNAMIC_183_DETAIL_TAB', { ID: '5' }, '/crm/type/183/details/5/'],
  ])('%s %j → the record’s path %s', (placement, options, path) => {
    expect(reloadUrl(placement, options)).toBe(`${portal.origin}${path}`);
  });

  it.each([
    [{ ID: '42', URI: '/crm/deal/details/42/?from=list' }, '/crm/deal/details/42/?from=list'],
    [{ ID: '42', uri: '/crm/deal/details/42/' }, '/crm/deal/details/42/'],
    [
      '{"ID":"42","URI":"/crm/deal/details/42/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER&a=b%20c"}',
      '/crm/deal/details/42/?a=b+c',
    ],
    [{ ID: '42', URI: '/crm/deal/details/42/?q=a%20b#tab' }, '/crm/deal/details/42/?q=a%20b#tab'],
  ])(
    'follows URI %j when it is a page of the portal, without the slider’s parameters',
    (options, path) => {
      expect(reloadUrl('CRM_DEAL_DETAIL_TAB', options)).toBe(`${portal.origin}${path}`);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'https://evil.example/crm/deal/details/42/',
    '//evil.example/crm/deal/details/42/',
    '/\\evil.example/',
    'crm/deal/details/42/',
    ' /crm/deal/details/42/',
    42,
    null,
  ])('ignores URI %j: the record’s own path instead', (uri) => {
    expect(reloadUrl('CRM_DEAL_DETAIL_TAB', { ID: '42', URI: uri })).toBe(
      `${portal.origin}/crm/deal/details/42/`,
    );
  });

  it.each([
    ['LEFT_MENU', { URI: '/crm/lead/list/' }],
    ['DEFAULT', {}],
    ['CRM_DEAL_DETAIL_TAB', {}],
    ['SOMETHING_NEW', { ID: '1' }],
  ])('%s %j → the portal’s start page', (placement, options) => {
    expect(reloadUrl(placement, options)).toBe(`${portal.origin}/`);
  });

  it('never leaves the portal’s origin, whatever the options', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.webUrl()), (id, uri) => {
        const url = new URL(reloadUrl('CRM_DEAL_DETAIL_TAB', { ID: id, URI: uri }));
        expect(url.origin).toBe(portal.origin);
      }),
    );
  });
});
