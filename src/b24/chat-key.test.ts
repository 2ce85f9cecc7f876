import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKeyTemplate, parsePlacement, type ChatKey, type PlacementParse } from './chat-key.ts';

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

  // The ID key in any letter case, its value as a number or canonical string, the options as an
  // object or as its JSON: always the same key.
  const idKey = fc.constantFrom('ID', 'id', 'Id', 'iD');
  const recordId = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
  const extraKeys = fc.dictionary(
    fc.string().filter((name) => name.toUpperCase() !== 'ID'),
    fc.jsonValue(),
  );

  it('finds a valid ID under any letter case, in an object or its JSON (property)', () => {
    fc.assert(
      fc.property(
        idKey,
        recordId,
        fc.boolean(),
        fc.boolean(),
        extraKeys,
        (key, id, asString, asJson, extra) => {
          const fields = { ...extra, [key]: asString ? String(id) : id };
          const result = parsePlacement(
            'CRM_DEAL_DETAIL_TAB',
            asJson ? JSON.stringify(fields) : fields,
          );
          expect(result).toEqual({
            ok: true,
            key: {
              entityType: 'CRM',
              entityId: `DEAL|${id}`,
              crmType: 'DEAL',
              recordId: id,
              entityTypeId: 2,
            },
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses, never throws, for any JSON text or odd ID value (property)', () => {
    const oddId = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double().filter((value) => !Number.isInteger(value)),
      fc.string().filter((value) => !/^[1-9]\d*$/.test(value)),
      fc.constantFrom('042', '4 2', ' 42', '42 ', '+42', '1e3', '0x2a', 'NaN', '9007199254740993'),
      fc.jsonValue().filter((value) => typeof value !== 'number' && typeof value !== 'string'),
    );
    const options = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.tuple(idKey, oddId).map(([key, value]) => ({ [key]: value })),
      fc.tuple(idKey, oddId).map(([key, value]) => JSON.stringify({ [key]: value })),
    );
    fc.assert(
      fc.property(options, (raw) => {
        const result = parsePlacement('CRM_LEAD_DETAIL_TAB', raw);
        if (result.ok) {
          // Only JSON text that happens to carry a valid ID may pass.
          expect(typeof raw).toBe('string');
          expect(result.key.entityId).toBe(`LEAD|${result.key.recordId}`);
        } else {
          expect(['missing-id', 'invalid-id']).toContain(result.refusal.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
