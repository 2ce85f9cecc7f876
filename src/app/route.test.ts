import { describe, expect, it } from 'vitest';
import { routeView } from './route.ts';

describe('routeView', () => {
  it.each([
    ['CRM_DEAL_DETAIL_TAB', false, 'crm-tab'],
    ['CRM_DYNAMIC_183_DETAIL_TAB', false, 'crm-tab'],
    ['SOMETHING_ELSE', false, 'crm-tab'],
    ['LEFT_MENU', false, 'lookup'],
    ['DEFAULT', false, 'lookup'],
    ['DEFAULT', true, 'install'],
  ])('%s (install %s) → %s', (placement, installMode, view) => {
    expect(routeView({ placement, installMode })).toBe(view);
  });
});
