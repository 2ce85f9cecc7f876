// Type-level tests: `npm run typecheck` (tsc) checks this file; there is nothing to run. Each
// `@ts-expect-error` must meet an error, or tsc fails on the unused directive.
import { describe, expectTypeOf, it } from 'vitest';
import type { useI18n } from './i18n-context.ts';
import type { Translator, ViewsTranslator } from './translator.ts';
import type { useViewsI18n } from './on-demand-messages.ts';

type FirstView = ReturnType<typeof useI18n>;
type OnDemand = ReturnType<typeof useViewsI18n>;

describe('the translator of each chunk', () => {
  it('on the first view takes the core keys only', () => {
    expectTypeOf<FirstView['t']>().toBeCallableWith('action.openChat');
    expectTypeOf<FirstView['plural']>().toBeCallableWith('ready.members', 2);
    // @ts-expect-error: a views key, whose catalog the first view does not load.
    expectTypeOf<FirstView['t']>().toBeCallableWith('lookup.title');
    // @ts-expect-error: a views plural key, likewise.
    expectTypeOf<FirstView['plural']>().toBeCallableWith('lookup.found', 2);
  });

  it('on demand takes the views keys and the core ones', () => {
    expectTypeOf<OnDemand['t']>().toBeCallableWith('lookup.title');
    expectTypeOf<OnDemand['t']>().toBeCallableWith('action.openChat');
    expectTypeOf<OnDemand['plural']>().toBeCallableWith('lookup.found', 2);
  });

  it('stands in for a core translator, never the other way round', () => {
    expectTypeOf<ViewsTranslator>().toExtend<Translator>();
    expectTypeOf<Translator>().not.toExtend<ViewsTranslator>();
  });
});
