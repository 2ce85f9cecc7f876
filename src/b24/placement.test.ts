import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseKeyTemplate,
  parsePlacement,
  type ChatKey,
  type PlacementParse,
} from './placement.ts';

const deal42: ChatKey = {
  entityType: 'CRM',
  entityId: 'DEAL|42',
  crmType: 'DEAL',
  recordId: 42,
  entityTypeId: 2,
};

describe('parsePlacement', () => {
  it.each<[string, string, unknown, PlacementParse]>([
    ['ID as a string', 'CRM_DEAL_DETAIL_TAB', { ID: '42' }, { ok: true, key: deal42 }],
    ['ID as a number', 'CRM_DEAL_DETAIL_TAB', { ID: 42 }, { ok: true, key: deal42 }],
    ['lower-case id', 'CRM_DEAL_DETAIL_TAB', { id: '42' }, { ok: true, key: deal42 }],
    ['options as a JSON string', 'CRM_DEAL_DETAIL_TAB', '{"ID":"42"}', { ok: true, key: deal42 }],
    [
      'lead',
      'CRM_LEAD_DETAIL_TAB',
      { ID: '7', URI: '/crm/lead/details/7/' },
      {
        ok: true,
        key: {
          entityType: 'CRM',
          entityId: 'LEAD|7',
          crmType: 'LEAD',
          recordId: 7,
          entityTypeId: 1,
        },
      },
    ],
    [
      'smart invoice',
      'CRM_SMART_INVOICE_DETAIL_TAB',
      { ID: '12' },
      {
        ok: true,
        key: {
          entityType: 'CRM',
          entityId: 'SMART_INVOICE|12',
          crmType: 'SMART_INVOICE',
          recordId: 12,
          entityTypeId: 31,
        },
      },
    ],
    [
      'smart process',
      'CRM_DYNAMIC_183_DETAIL_TAB',
      { ID: '5' },
      {
        ok: true,
        key: {
          entityType: 'CRM',
          entityId: 'DYNAMIC_183|5',
          crmType: 'DYNAMIC_183',
          recordId: 5,
          entityTypeId: 183,
        },
      },
    ],
    [
      'missing ID',
      'CRM_DEAL_DETAIL_TAB',
      { URI: '/crm/' },
      { ok: false, refusal: { reason: 'missing-id' } },
    ],
    [
      'no options',
      'CRM_DEAL_DETAIL_TAB',
      undefined,
      { ok: false, refusal: { reason: 'missing-id' } },
    ],
    [
      'empty ID',
      'CRM_DEAL_DETAIL_TAB',
      { ID: '' },
      { ok: false, refusal: { reason: 'missing-id' } },
    ],
    [
      'broken JSON',
      'CRM_DEAL_DETAIL_TAB',
      '{"ID":',
      { ok: false, refusal: { reason: 'missing-id' } },
    ],
    [
      '"abc"',
      'CRM_DEAL_DETAIL_TAB',
      { ID: 'abc' },
      { ok: false, refusal: { reason: 'invalid-id', value: 'abc' } },
    ],
    [
      '"-5"',
      'CRM_DEAL_DETAIL_TAB',
      { ID: '-5' },
      { ok: false, refusal: { reason: 'invalid-id', value: '-5' } },
    ],
    [
      '"1e3"',
      'CRM_DEAL_DETAIL_TAB',
      { ID: '1e3' },
      { ok: false, refusal: { reason: 'invalid-id', value: '1e3' } },
    ],
    [
      '"042"',
      'CRM_DEAL_DETAIL_TAB',
      { ID: '042' },
      { ok: false, refusal: { reason: 'invalid-id', value: '042' } },
    ],
    [
      '0',
      'CRM_DEAL_DETAIL_TAB',
      { ID: 0 },
      { ok: false, refusal: { reason: 'invalid-id', value: '0' } },
    ],
    [
      '4.5',
      'CRM_DEAL_DETAIL_TAB',
      { ID: 4.5 },
      { ok: false, refusal: { reason: 'invalid-id', value: '4.5' } },
    ],
    [
      'unknown placement',
      'CRM_ORDER_DETAIL_TAB',
      { ID: '1' },
      { ok: false, refusal: { reason: 'unknown-placement', placement: 'CRM_ORDER_DETAIL_TAB' } },
    ],
    [
      'dynamic type 0',
      'CRM_DYNAMIC_0_DETAIL_TAB',
      { ID: '1' },
      {
        ok: false,
        refusal: { reason: 'unknown-placement', placement: 'CRM_DYNAMIC_0_DETAIL_TAB' },
      },
    ],
  ])('%s', (_name, placement, options, expected) => {
    expect(parsePlacement(placement, options)).toEqual(expected);
  });

  it('fills an admin key template', () => {
    const template = parseKeyTemplate('{"entityType":"PROJECT","entityId":"deal-{ID}"}');
    expect(parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '45' }, template)).toMatchObject({
      ok: true,
      key: { entityType: 'PROJECT', entityId: 'deal-45', recordId: 45 },
    });
  });

  it('falls back to the default key for an unusable template', () => {
    expect(parseKeyTemplate({ entityType: '', entityId: 'x' })).toEqual({
      entityType: 'CRM',
      entityId: '{TYPE}|{ID}',
    });
  });

  it('never throws and always yields one valid result (property)', () => {
    const placement = fc.oneof(
      fc.constantFrom('CRM_DEAL_DETAIL_TAB', 'CRM_DYNAMIC_183_DETAIL_TAB', 'LEFT_MENU'),
      fc.string(),
      fc.anything(),
    );
    const options = fc.oneof(
      fc.anything(),
      fc.record({ ID: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.anything()) }),
      fc.json(),
    );
    fc.assert(
      fc.property(placement, options, (code, raw) => {
        const result = parsePlacement(code, raw);
        if (result.ok) {
          expect(Number.isSafeInteger(result.key.recordId) && result.key.recordId > 0).toBe(true);
          expect(result.key.entityId).toBe(`${result.key.crmType}|${result.key.recordId}`);
        } else {
          expect(['unknown-placement', 'missing-id', 'invalid-id']).toContain(
            result.refusal.reason,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
