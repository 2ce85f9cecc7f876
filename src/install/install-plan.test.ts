import { describe, expect, it } from 'vitest';
import { everyPlace } from '../test/expected-places.ts';
import { planInstall } from './install-plan.ts';

const TYPES = [
  { entityTypeId: 183, title: 'Projects' },
  { entityTypeId: 187, title: 'Tenders' },
];

describe('planInstall', () => {
  it('binds every CRM tab, each smart process and the left menu on a fresh portal', () => {
    const plan = planInstall({ bound: new Set(), smartProcessTypes: TYPES });
    expect(plan.toBind).toEqual(everyPlace([183, 187]));
    expect(plan.boundBefore.size).toBe(0);
    expect(plan.smartProcessTypeIds).toEqual([183, 187]);
  });

  it('skips what is already bound to this handler', () => {
    const plan = planInstall({
      bound: new Set(['CRM_DEAL_DETAIL_TAB', 'LEFT_MENU', 'CRM_DYNAMIC_183_DETAIL_TAB']),
      smartProcessTypes: TYPES,
    });
    expect(plan.toBind).not.toContain('CRM_DEAL_DETAIL_TAB');
    expect(plan.toBind).not.toContain('LEFT_MENU');
    expect(plan.toBind).not.toContain('CRM_DYNAMIC_183_DETAIL_TAB');
    expect(plan.toBind).toHaveLength(6);
    expect([...plan.boundBefore].sort()).toEqual(
      ['CRM_DEAL_DETAIL_TAB', 'CRM_DYNAMIC_183_DETAIL_TAB', 'LEFT_MENU'].sort(),
    );
    expect(plan.targets).toHaveLength(9);
  });

  it('binds nothing when everything is in place, and ignores foreign bindings', () => {
    const everything = planInstall({ bound: new Set(), smartProcessTypes: [] }).toBind;
    const plan = planInstall({
      bound: new Set([...everything, 'CRM_ORDER_DETAIL_TAB']),
      smartProcessTypes: [],
    });
    expect(plan.toBind).toEqual([]);
    expect(plan.targets.map((target) => target.placement)).not.toContain('CRM_ORDER_DETAIL_TAB');
  });
});
