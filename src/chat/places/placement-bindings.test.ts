import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { loadPlacementTitles } from '../../i18n/placement-titles.ts';
import { fakeDoor } from '../../test/fake-door.ts';
import {
  appHandlerUrl,
  bindParams,
  changePlacements,
  fetchPlacementOverview,
  parseBoundPlacements,
} from './placement-bindings.ts';

const HANDLER = 'https://app.example/linked-chat/index.html';

describe('appHandlerUrl', () => {
  it('drops the query string and hash the portal added', () => {
    const url = new URL(`${HANDLER}?DOMAIN=portal.test&APP_SID=abc#x`);
    expect(appHandlerUrl(url)).toBe(HANDLER);
  });
});

describe('bindParams', () => {
  it('names the tab in the nine portal languages', async () => {
    const params = bindParams('CRM_DEAL_DETAIL_TAB', HANDLER, await loadPlacementTitles());
    expect(params).toMatchObject({
      PLACEMENT: 'CRM_DEAL_DETAIL_TAB',
      HANDLER,
      TITLE: 'Linked Chat',
      LANG_ALL: { en: { TITLE: 'Linked Chat' }, ru: { TITLE: 'Связанный чат' } },
    });
    expect(Object.keys(params['LANG_ALL'] ?? {}).sort()).toEqual(
      ['br', 'de', 'en', 'fr', 'it', 'la', 'pl', 'ru', 'ua'].sort(),
    );
  });
});

describe('parseBoundPlacements', () => {
  it('keeps only the places bound to this handler', () => {
    const bound = parseBoundPlacements(
      [
        { placement: 'CRM_DEAL_DETAIL_TAB', handler: HANDLER },
        { placement: 'crm_lead_detail_tab', handler: HANDLER },
        { placement: 'CRM_CONTACT_DETAIL_TAB', handler: 'https://other.example/' },
        { placement: 42, handler: HANDLER },
        null,
      ],
      HANDLER,
    );
    expect([...bound].sort()).toEqual(['CRM_DEAL_DETAIL_TAB', 'CRM_LEAD_DETAIL_TAB']);
  });

  it('refuses a payload that is not a list', () => {
    expect(() => parseBoundPlacements({}, HANDLER)).toThrow(AppError);
  });
});

describe('fetchPlacementOverview', () => {
  const typesFrom = (first: number, count: number) => ({
    types: Array.from({ length: count }, (_, index) => ({
      entityTypeId: first + index,
      title: `Type ${first + index}`,
    })),
  });

  it('reads what is bound and the smart processes in one batch', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({
      results: {
        bound: [{ placement: 'CRM_DEAL_DETAIL_TAB', handler: HANDLER }],
        types: typesFrom(183, 2),
      },
      errors: {},
    });

    const overview = await fetchPlacementOverview(door, HANDLER);

    expect([...overview.bound]).toEqual(['CRM_DEAL_DETAIL_TAB']);
    expect(overview.smartProcessTypes.map((type) => type.entityTypeId)).toEqual([183, 184]);
    expect(door.callBatch).toHaveBeenCalledTimes(1);
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('reads every page of crm.type.list when there are more than 50 smart processes', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({
      results: { bound: [], types: typesFrom(1000, 50) },
      errors: {},
    });
    door.callMethod
      .mockResolvedValueOnce(typesFrom(1050, 50))
      .mockResolvedValueOnce(typesFrom(1100, 3));

    const overview = await fetchPlacementOverview(door, HANDLER);

    expect(overview.smartProcessTypes).toHaveLength(103);
    expect(overview.smartProcessTypes.at(-1)).toEqual({ entityTypeId: 1102, title: 'Type 1102' });
    expect(door.callMethod.mock.calls).toEqual([
      ['crm.type.list', { start: 50 }],
      ['crm.type.list', { start: 100 }],
    ]);
  });

  it('stops when a portal answers every page with the first one', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({
      results: { bound: [], types: typesFrom(1000, 50) },
      errors: {},
    });
    door.callMethod.mockResolvedValue(typesFrom(1000, 50));

    const overview = await fetchPlacementOverview(door, HANDLER);

    expect(overview.smartProcessTypes).toHaveLength(50);
    expect(door.callMethod).toHaveBeenCalledTimes(1);
  });
});

describe('changePlacements', () => {
  it('sends one halt=0 batch per 50 places and reports each outcome', async () => {
    const door = fakeDoor();
    const denied = new AppError({ kind: 'restricted', code: 'ACCESS_DENIED' });
    door.callBatch.mockImplementation((commands) => {
      const names = Object.keys(commands);
      return Promise.resolve({
        results: Object.fromEntries(names.filter((n) => n !== 'P3').map((n) => [n, true])),
        errors: Object.fromEntries(names.filter((n) => n === 'P3').map((n) => [n, denied])),
      });
    });
    const places = Array.from({ length: 52 }, (_, index) => `P${index}`);

    const titles = await loadPlacementTitles();
    const bind = { method: 'placement.bind', handler: HANDLER, titles } as const;
    const outcomes = await changePlacements(door, bind, places);

    expect(door.callBatch).toHaveBeenCalledTimes(2);
    expect(Object.keys(door.callBatch.mock.calls[0]?.[0] ?? {})).toHaveLength(50);
    expect(door.callBatch.mock.calls[0]?.[1]).toEqual({ halt: false });
    expect(door.callBatch.mock.calls[1]?.[0]).toEqual({
      P50: { method: 'placement.bind', params: bindParams('P50', HANDLER, titles) },
      P51: { method: 'placement.bind', params: bindParams('P51', HANDLER, titles) },
    });
    expect(outcomes['P3']).toBe(denied);
    expect(outcomes['P0']).toBeNull();
    expect(Object.keys(outcomes)).toHaveLength(52);
  });

  it('unbinds with our handler only, never every handler of the place', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({ results: { LEFT_MENU: { count: 1 } }, errors: {} });
    await changePlacements(door, { method: 'placement.unbind', handler: HANDLER }, ['LEFT_MENU']);
    expect(door.callBatch.mock.calls[0]?.[0]).toEqual({
      LEFT_MENU: { method: 'placement.unbind', params: { PLACEMENT: 'LEFT_MENU', HANDLER } },
    });
  });
});
