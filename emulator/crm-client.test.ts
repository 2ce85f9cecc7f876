import { describe, expect, it } from 'vitest';
import { portalPerFile, restAs } from './test-portal.ts';

// crm.item.list for a client's records against the seed (docs/emulator-api.md, "Clients").
// Rules from crm/lib/controller/item.php (listAction), crm/lib/Service/Factory.php
// (prepareFilter: CONTACT_IDS → CONTACT_BINDINGS.CONTACT_ID), crm/lib/Service/Factory/Deal.php
// and Lead.php (COMPANY_ID, CONTACT_ID deprecated, CONTACT_IDS multiple) and
// crm/lib/controller/validator/filter.php.

const portal = portalPerFile();

interface Item {
  id: number;
  title: string;
  companyId?: number;
  contactId?: number;
  contactIds?: number[];
}

async function list(params: Record<string, unknown>, userId = 2) {
  const { status, body } = await restAs(portal(), userId, 'crm.item.list', params);
  return { status, body, items: (body.result?.items ?? []) as Item[] };
}

const idsOf = async (entityTypeId: number, filter: Record<string, unknown>) =>
  (await list({ entityTypeId, filter, order: { id: 'ASC' } })).items.map((item) => item.id);

describe('crm.item.list, a client’s deals and leads (crm/lib/controller/item.php listAction)', () => {
  it('Factory::prepareFilter contactIds: every deal and lead the contact is bound to, primary or not', async () => {
    expect(await idsOf(2, { contactIds: 3 })).toEqual([42, 43, 44, 61, 62, 63, 64, 65, 66]);
    expect(await idsOf(1, { contactIds: 3 })).toEqual([7, 67, 68, 69, 70]);
    expect(await idsOf(2, { '@contactIds': [3] })).toEqual([42, 43, 44, 61, 62, 63, 64, 65, 66]);
    expect(await idsOf(2, { '=contactIds': '3' })).toEqual([42, 43, 44, 61, 62, 63, 64, 65, 66]);
  });

  it('Deal/Lead field CONTACT_ID (deprecated): the primary contact only, so records where the contact is second are missed', async () => {
    expect(await idsOf(2, { contactId: 3 })).toEqual([42, 43, 61, 63, 64, 66]);
    expect(await idsOf(1, { contactId: 3 })).toEqual([67, 68, 70]);
    expect(await idsOf(2, { contactId: 8 })).toEqual([44, 47, 62, 65]);
  });

  it('COMPANY_ID: the deals and leads of a company', async () => {
    expect(await idsOf(2, { companyId: 9 })).toEqual([42, 43, 44, 61, 62, 64, 66]);
    expect(await idsOf(1, { companyId: 9 })).toEqual([68]);
    expect(await idsOf(2, { companyId: 10 })).toEqual([47]);
    expect(await idsOf(7, { companyId: 9 })).toEqual([11]);
  });

  it('the items carry companyId, contactId (the primary) and contactIds; select narrows them, id always stays', async () => {
    const { items } = await list({ entityTypeId: 2, filter: { id: 44 } });
    expect(items[0]).toMatchObject({ companyId: 9, contactId: 8, contactIds: [8, 3] });
    const narrow = await list({ entityTypeId: 2, select: ['contactIds'], filter: { id: 43 } });
    expect(narrow.items).toEqual([{ id: 43, contactIds: [3] }]);
    const none = await list({ entityTypeId: 2, filter: { id: 45 } });
    expect(none.items[0]).toMatchObject({ companyId: 0, contactId: 0, contactIds: [] });
    const get = await restAs(portal(), 2, 'crm.item.get', { entityTypeId: 1, id: 7 });
    expect(get.body.result.item).toMatchObject({ contactId: 8, contactIds: [8, 3] });
  });

  it('newest first with order updatedTime DESC: the February records, then January’s', async () => {
    const { items, body } = await list({
      entityTypeId: 2,
      filter: { contactIds: 3 },
      order: { updatedTime: 'DESC' },
    });
    expect(items.map((item) => item.id)).toEqual([44, 43, 42, 66, 65, 64, 63, 62, 61]);
    expect(body.total).toBe(9);
    expect(body).not.toHaveProperty('next');
  });

  it('a negation takes the records without the contact, and those with no contact at all (the LEFT JOIN’s NULL)', async () => {
    const without = await idsOf(2, { '!contactIds': 3 });
    expect(without).toContain(45);
    expect(without).toContain(44);
    expect(without).not.toContain(42);
  });

  it('Validator\\Filter: a field the type does not have is 400 INVALID_ARG_VALUE; a list needs a list prefix', async () => {
    const unknown = await list({ entityTypeId: 183, filter: { contactIds: 3 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      error: 'INVALID_ARG_VALUE',
      error_description: "Invalid filter: field 'contactIds' is not allowed in filter",
    });
    expect((await list({ entityTypeId: 2, filter: { noSuchField: 1 } })).status).toBe(400);
    const listed = await list({ entityTypeId: 2, filter: { '>id': [1, 2] } });
    expect(listed.body.error_description).toBe("Invalid filter: field '>id' has invalid value");
    // Real fields the seed has no values for are accepted.
    expect((await list({ entityTypeId: 2, filter: { stageId: 'NEW' } })).status).toBe(200);
  });

  it('quotes and smart invoices by title', async () => {
    const quotes = await list({ entityTypeId: 7, filter: { '%title': 'solar' } });
    expect(quotes.items.map((item) => [item.id, item.title])).toEqual([
      [13, 'Solar roof for Hooli'],
    ]);
    const invoices = await list({ entityTypeId: 31, filter: { '%title': 'deposit' } });
    expect(invoices.items.map((item) => [item.id, item.title])).toEqual([
      [14, 'Solar roof for Hooli: deposit'],
    ]);
  });
});
