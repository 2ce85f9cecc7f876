import { lazy } from 'react';

// The routing seam: one lazy chunk per view that is not the CRM tab, so the tab's first paint
// carries none of their code. Each lazy component keeps the name of the view it loads.
export const LookupPage = lazy(() =>
  import('../lookup/lookup-page.tsx').then((module) => ({ default: module.LookupPage })),
);

export const InstallView = lazy(() =>
  import('../install/install-view.tsx').then((module) => ({ default: module.InstallView })),
);

export const SettingsView = lazy(() =>
  import('../settings/settings-view.tsx').then((module) => ({ default: module.SettingsView })),
);

// Opened outside Bitrix24 is rare: the tab's first view does not carry that page either.
export const OutsideFrameView = lazy(() =>
  import('./outside-frame-view.tsx').then((module) => ({ default: module.OutsideFrameView })),
);
