import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { chatKeyOf } from './record-row.ts';

describe('chatKeyOf', () => {
  it.each([
    [2, 46, 'DEAL|46', 'DEAL'],
    [1, '7', 'LEAD|7', 'LEAD'],
    [183, 5, 'DYNAMIC_183|5', 'DYNAMIC_183'],
  ])('type %s record %s → CRM %s', (entityTypeId, id, entityId, crmType) => {
    expect(chatKeyOf(entityTypeId, id, DEFAULT_KEY_TEMPLATE)).toMatchObject({
      entityType: 'CRM',
      entityId,
      crmType,
    });
  });

  it('follows an admin-configured key template, as the CRM tab does', () => {
    const template = { entityType: 'PROJECT', entityId: '{TYPE}-{ID}' };
    expect(chatKeyOf(2, 45, template)).toMatchObject({
      entityType: 'PROJECT',
      entityId: 'DEAL-45',
    });
  });

  it.each([0, -1, 'abc', null, 1.5])('refuses the id %s', (id) => {
    expect(chatKeyOf(2, id, DEFAULT_KEY_TEMPLATE)).toBeUndefined();
  });
});
