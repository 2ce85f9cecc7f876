import { describe, expect, it } from 'vitest';
import { parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import { accessRequestMessage } from './access-request-message.ts';
import { recordUrl } from './record-url.ts';
import { englishViews } from '../test/english-views.ts';

const PORTAL = 'https://acme.bitrix24.com';

function keyOf(placement: string, id: string): ChatKey {
  const parsed = parsePlacement(placement, { ID: id });
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

describe('recordUrl', () => {
  it.each([
    ['CRM_DEAL_DETAIL_TAB', '42', '/crm/deal/details/42/'],
    ['CRM_LEAD_DETAIL_TAB', '7', '/crm/lead/details/7/'],
    ['CRM_CONTACT_DETAIL_TAB', '3', '/crm/contact/details/3/'],
    ['CRM_COMPANY_DETAIL_TAB', '9', '/crm/company/details/9/'],
    ['CRM_QUOTE_DETAIL_TAB', '11', '/crm/type/7/details/11/'],
    ['CRM_SMART_INVOICE_DETAIL_TAB', '12', '/crm/type/31/details/12/'],
    ['CRM_DYNAMIC_183_DETAIL_TAB', '5', '/crm/type/183/details/5/'],
  ])('%s #%s → %s', (placement, id, path) => {
    expect(recordUrl(PORTAL, keyOf(placement, id))).toBe(`${PORTAL}${path}`);
  });
});

describe('accessRequestMessage', () => {
  const i18n = englishViews;

  it('names the requester and links the record with BBCode', () => {
    const message = accessRequestMessage(i18n, {
      requester: { id: 3, name: 'Olga Outsider' },
      record: { crmType: 'DEAL', id: 44, title: 'Warehouse automation' },
      key: keyOf('CRM_DEAL_DETAIL_TAB', '44'),
      portalOrigin: PORTAL,
    });
    expect(message).toBe(
      'Olga Outsider asks to be added to the chat of ' +
        `[URL=${PORTAL}/crm/deal/details/44/]Deal #44 · Warehouse automation[/URL].`,
    );
  });

  it('keeps remote text from opening or closing BBCode tags', () => {
    const message = accessRequestMessage(i18n, {
      requester: { id: 3, name: '[B]Olga[/B]' },
      record: { crmType: 'DEAL', id: 44, title: 'x[/URL][URL=https://evil.test]click' },
      key: keyOf('CRM_DEAL_DETAIL_TAB', '44'),
      portalOrigin: PORTAL,
    });
    expect(message.match(/\[URL=/g)).toHaveLength(1);
    expect(message.match(/\[\/URL\]/g)).toHaveLength(1);
    expect(message).not.toContain('[B]');
    expect(message).toContain('(URL=https://evil.test)click');
  });
});
