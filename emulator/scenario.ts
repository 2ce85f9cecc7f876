import type { Scenario } from './types.ts';
import { ENTITY_TYPE_IDS, entityTypeName, findRecord, findUser } from './seed.ts';

export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  userId: 2,
  placement: 'CRM_DEAL_DETAIL_TAB',
  placementOptions: { ID: '42' },
  lang: 'en',
  install: false,
  firstRun: false,
  authExpires: 3600,
  silentParent: false,
  silentCommands: [],
  wrongPort: false,
  postHandler: true,
});

export function mergeScenario(base: Scenario, patch: Partial<Scenario>): Scenario {
  const merged: Scenario = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    // `undefined` in a patch means "not given" (JSON cannot carry it anyway).
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

export function isAdminIn(scenario: Scenario): boolean {
  return scenario.isAdmin ?? findUser(scenario.userId)?.admin ?? false;
}

/** What the portal page shows for a scenario: a record card, or the app's own page. */
export type PageSubject =
  | { kind: 'card'; entityTypeId: number; typeName: string; recordId: string; title: string }
  | { kind: 'app-page' };

const CARD_PLACEMENT =
  /^CRM_(LEAD|DEAL|CONTACT|COMPANY|QUOTE|SMART_INVOICE|DYNAMIC_(\d+))_DETAIL_TAB$/;

/** The record id the scenario's PLACEMENT_OPTIONS carry, whatever their shape (string JSON,
 * `ID`/`id`, number): the portal page needs it for its header only. */
function optionsRecordId(options: unknown): string {
  let value = options;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return '';
    }
  }
  if (value === null || typeof value !== 'object') return '';
  const id = (value as Record<string, unknown>)['ID'] ?? (value as Record<string, unknown>)['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

export function pageSubject(scenario: Scenario): PageSubject {
  const match = CARD_PLACEMENT.exec(scenario.placement);
  if (!match) return { kind: 'app-page' };
  const typeCode = match[1] ?? '';
  const entityTypeId = match[2] ? Number(match[2]) : (ENTITY_TYPE_IDS[typeCode] ?? 0);
  const recordId = optionsRecordId(scenario.placementOptions);
  const typeName = entityTypeName(entityTypeId, scenario.smartProcesses) ?? typeCode;
  const seeded = /^\d+$/.test(recordId)
    ? findRecord(entityTypeId, Number(recordId), scenario.smartProcesses)
    : undefined;
  return {
    kind: 'card',
    entityTypeId,
    typeName,
    recordId,
    title: seeded?.title ?? `${typeName} #${recordId || '?'}`,
  };
}

const CLASSIC_CARD_PATH: Readonly<Record<number, string>> = {
  1: 'lead',
  2: 'deal',
  3: 'contact',
  4: 'company',
};

/** The portal path Bitrix24 uses for the page: `/crm/deal/details/42/`, `/crm/type/183/details/5/`,
 * or the app page `/marketplace/app/<id>/` for LEFT_MENU and DEFAULT. */
export function pagePath(scenario: Scenario): string {
  const subject = pageSubject(scenario);
  if (subject.kind === 'app-page') return '/marketplace/app/1/';
  const id = encodeURIComponent(subject.recordId || '0');
  const classic = CLASSIC_CARD_PATH[subject.entityTypeId];
  return classic
    ? `/crm/${classic}/details/${id}/`
    : `/crm/type/${subject.entityTypeId}/details/${id}/`;
}

const CLASSIC_CARD_TYPES: Readonly<Record<string, string>> = {
  lead: 'LEAD',
  deal: 'DEAL',
  contact: 'CONTACT',
  company: 'COMPANY',
};
const TYPE_CARD_PLACEMENTS: Readonly<Record<number, string>> = {
  7: 'CRM_QUOTE_DETAIL_TAB',
  31: 'CRM_SMART_INVOICE_DETAIL_TAB',
};

/** What a page load of `path` shows: the scenario's own page, or — when the app (or a person)
 * went to another record's card or to the app's page — the scenario moved there. Any other
 * path keeps showing the scenario's page. */
export function scenarioForPath(scenario: Scenario, path: string): Scenario {
  if (path === pagePath(scenario)) return scenario;
  const classic = /^\/crm\/(lead|deal|contact|company)\/details\/(\d+)\/$/.exec(path);
  if (classic) {
    const type = CLASSIC_CARD_TYPES[classic[1] ?? ''] ?? '';
    return {
      ...scenario,
      placement: `CRM_${type}_DETAIL_TAB`,
      placementOptions: { ID: classic[2] },
    };
  }
  const typed = /^\/crm\/type\/(\d+)\/details\/(\d+)\/$/.exec(path);
  if (typed) {
    const entityTypeId = Number(typed[1]);
    const placement =
      TYPE_CARD_PLACEMENTS[entityTypeId] ?? `CRM_DYNAMIC_${entityTypeId}_DETAIL_TAB`;
    return { ...scenario, placement, placementOptions: { ID: typed[2] } };
  }
  if (path === '/marketplace/app/1/' && pageSubject(scenario).kind === 'card') {
    return { ...scenario, placement: 'DEFAULT', placementOptions: {} };
  }
  return scenario;
}
