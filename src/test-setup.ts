import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { views as enViews } from './i18n/catalogs/views/en.ts';
import { addEnglishViews } from './i18n/translator.ts';

// In the app the views' English messages arrive with the views (src/i18n/on-demand-messages.tsx);
// unit tests render those views directly, so English is there from the start.
addEnglishViews(enViews);

afterEach(() => {
  cleanup();
});
