import { lazy } from 'react';

// The routing seam: one lazy chunk per view that is not the CRM tab, so the tab's first paint
// carries none of their code. Replace a placeholder by pointing its import at the real view.
export const LookupView = lazy(() =>
  import('./lookup-placeholder.tsx').then((module) => ({ default: module.LookupPlaceholder })),
);

export const InstallView = lazy(() =>
  import('./install-placeholder.tsx').then((module) => ({ default: module.InstallPlaceholder })),
);
