import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKeyTemplate, parsePlacement } from '../b24/chat-key.ts';
import { serializeKeyTemplate } from '../chat/key-template-option.ts';
import { checkKeyTemplate } from './key-template.ts';

describe('checkKeyTemplate', () => {
  it.each([
    [
      { entityType: 'CRM', entityId: '{TYPE}|{ID}' },
      { entityType: 'CRM', entityId: '{TYPE}|{ID}' },
    ],
    [
      { entityType: ' PROJECT ', entityId: ' deal-{ID} ' },
      { entityType: 'PROJECT', entityId: 'deal-{ID}' },
    ],
    [
      { entityType: '{TYPE}', entityId: '{ID}' },
      { entityType: '{TYPE}', entityId: '{ID}' },
    ],
  ])('accepts %j', (input, template) => {
    expect(checkKeyTemplate(input)).toEqual({ ok: true, template });
  });

  it.each([
    [{ entityType: '', entityId: '{ID}' }, { entityType: 'empty' }],
    [{ entityType: '   ', entityId: '{ID}' }, { entityType: 'empty' }],
    [{ entityType: 'CRM', entityId: 'deal-45' }, { entityId: 'missing-id' }],
    [{ entityType: 'CRM', entityId: '' }, { entityId: 'empty' }],
    [{ entityType: 'CRM', entityId: '{id}' }, { entityId: 'unknown-token' }],
    [{ entityType: '{NAME}', entityId: '{TYPE}|{ID}' }, { entityType: 'unknown-token' }],
    [
      { entityType: '', entityId: 'x' },
      { entityType: 'empty', entityId: 'missing-id' },
    ],
  ])('refuses %j', (input, problems) => {
    expect(checkKeyTemplate(input)).toEqual({ ok: false, problems });
  });

  it('saves exactly what the CRM tab reads back (APP_OPTIONS.keyTemplate)', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9_|:.\- ]{0,12}$/);
    fc.assert(
      fc.property(part, part, part, (type, before, after) => {
        const check = checkKeyTemplate({ entityType: type, entityId: `${before}{ID}${after}` });
        if (!check.ok) return;
        expect(parseKeyTemplate(serializeKeyTemplate(check.template))).toEqual(check.template);
      }),
    );
  });

  it('makes the deal 45 tab look up PROJECT / deal-45', () => {
    const check = checkKeyTemplate({ entityType: 'PROJECT', entityId: 'deal-{ID}' });
    if (!check.ok) throw new Error('expected a valid template');
    const saved = parseKeyTemplate(serializeKeyTemplate(check.template));
    const parsed = parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '45' }, saved);
    expect(parsed).toMatchObject({ ok: true, key: { entityType: 'PROJECT', entityId: 'deal-45' } });
  });
});
