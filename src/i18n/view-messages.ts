import { lazy } from 'react';

/**
 * OnDemandMessages, loaded when first shown: the CRM tab's first view carries neither it nor the
 * views catalogs. What uses useViewsI18n goes inside it, under a Suspense boundary.
 */
export const ViewMessages = lazy(() =>
  import('./on-demand-messages.ts').then((module) => ({ default: module.OnDemandMessages })),
);
