import type { InitData } from '../b24/init-data.ts';

/** Values of the root's `data-view` (contract §3). */
export type View = 'boot' | 'outside-frame' | 'crm-tab' | 'lookup' | 'install' | 'settings';

export type ConnectedView = Extract<View, 'crm-tab' | 'lookup' | 'install'>;

/** Everything that is not the app's own page is a card tab; crm-tab refuses what it can't read. */
export function routeView(init: Pick<InitData, 'placement' | 'installMode'>): ConnectedView {
  if (init.installMode) return 'install';
  if (init.placement === 'LEFT_MENU' || init.placement === 'DEFAULT') return 'lookup';
  return 'crm-tab';
}
