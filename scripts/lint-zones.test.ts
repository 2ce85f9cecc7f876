import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layers of src/ (docs/architecture.md) are held by eslint.config.js: each forbidden import
// below must fail with its rule and its reason, and the imports the layers allow must pass.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// A folder the config has never heard of: it must be a feature as soon as it exists. The config
// lists src/ when it loads, so the folder is made before the linter reads it.
const NEW_FEATURE = `zz-probe-${process.pid}`;
const NEW_FEATURE_DIR = fileURLToPath(new URL(`../src/${NEW_FEATURE}/`, import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  mkdirSync(NEW_FEATURE_DIR, { recursive: true });
  eslint = new ESLint({ cwd: ROOT });
});

afterAll(() => {
  rmSync(NEW_FEATURE_DIR, { recursive: true, force: true });
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return result?.messages ?? [];
}

const STATIC = '@typescript-eslint/no-restricted-imports';
// import() is held by no-restricted-syntax: no-restricted-imports does not see it.
const DYNAMIC = 'no-restricted-syntax';

const views = (from: string, to: string) =>
  `src/${from}/ may not import src/${to}/: views never import each other; what they share lives in the core (src/chat/) or a layer below.`;
const CORE_KNOWS_NO_VIEW = (view: string) =>
  `src/chat/ is the core: it imports none of the views that use it (src/${view}/).`;
const ONLY_THE_ENTRY =
  'Nothing but the entry (src/main.tsx) imports src/app/: the shell composes the views, they never reach back into it.';
const UI_NO_PORTAL =
  'src/ui/ is presentational: it never calls the portal (src/b24/); the view passes values and callbacks in.';
const UI_NO_QUERY =
  'src/ui/ is presentational: it runs no query (src/query/); the view passes values and callbacks in.';
const BELOW_THE_VIEWS = (layer: string, view: string) =>
  `src/${layer}/ sits below the views: it imports none of them (src/${view}/).`;
const ONLY_THE_DOOR =
  'Only src/b24/ imports @bitrix24/b24jssdk (value or type): go through the door (B24Door).';

describe('the lint zones refuse', () => {
  it.each([
    [
      'a view importing another',
      'src/lookup/probe.ts',
      "import { InstallView } from '../install/install-view.tsx';",
      STATIC,
      views('lookup', 'install'),
    ],
    [
      'a view importing another from its api/',
      'src/settings/api/probe.ts',
      "import { LookupPage } from '../../lookup/lookup-page.tsx';",
      STATIC,
      views('settings', 'lookup'),
    ],
    [
      'a view re-exporting another',
      'src/install/probe.ts',
      "export { SettingsView } from '../settings/settings-view.tsx';",
      STATIC,
      views('install', 'settings'),
    ],
    [
      'a view importing the theme feature',
      'src/settings/probe.ts',
      "import { ThemeToggle } from '../theme/theme-toggle.tsx';",
      STATIC,
      views('settings', 'theme'),
    ],
    [
      'a test file importing another view',
      'src/lookup/probe.test.tsx',
      "import { SettingsView } from '../settings/settings-view.tsx';",
      STATIC,
      views('lookup', 'settings'),
    ],
    [
      'a view lazily importing another',
      'src/lookup/probe.ts',
      "export const load = () => import('../settings/settings-view.tsx');",
      DYNAMIC,
      views('lookup', 'settings'),
    ],
    [
      'the core importing a view',
      'src/chat/probe.ts',
      "import { LookupPage } from '../lookup/lookup-page.tsx';",
      STATIC,
      CORE_KNOWS_NO_VIEW('lookup'),
    ],
    [
      'the core lazily importing a view',
      'src/chat/probe.ts',
      "export const load = () => import('../install/install-view.tsx');",
      DYNAMIC,
      CORE_KNOWS_NO_VIEW('install'),
    ],
    [
      'the core importing the shell',
      'src/chat/probe.ts',
      "import { boot } from '../app/boot.ts';",
      STATIC,
      ONLY_THE_ENTRY,
    ],
    [
      'a view importing the shell',
      'src/lookup/api/probe.ts',
      "import { routeView } from '../../app/route.ts';",
      STATIC,
      ONLY_THE_ENTRY,
    ],
    [
      'a view lazily importing the shell',
      'src/settings/probe.ts',
      "export const load = () => import('../app/render.tsx');",
      DYNAMIC,
      ONLY_THE_ENTRY,
    ],
    [
      'the query layer importing the shell',
      'src/query/probe.ts',
      "import { App } from '../app/app.tsx';",
      STATIC,
      ONLY_THE_ENTRY,
    ],
    [
      'ui importing the door',
      'src/ui/probe.ts',
      "import { useDoor } from '../b24/door-context.ts';",
      STATIC,
      UI_NO_PORTAL,
    ],
    [
      'ui importing a type from the door',
      'src/ui/probe.ts',
      "import type { B24Door } from '../b24/door.ts';",
      STATIC,
      UI_NO_PORTAL,
    ],
    [
      'ui importing a query',
      'src/ui/probe.ts',
      "import { useKeptError } from '../query/use-kept-error.ts';",
      STATIC,
      UI_NO_QUERY,
    ],
    [
      'ui importing the core',
      'src/ui/probe.ts',
      "import { errorSentence } from '../chat/error-sentence.ts';",
      STATIC,
      BELOW_THE_VIEWS('ui', 'chat'),
    ],
    [
      'the query layer importing the core',
      'src/query/probe.ts',
      "import { chatKeys } from '../chat/linked-chat-query.ts';",
      STATIC,
      BELOW_THE_VIEWS('query', 'chat'),
    ],
    [
      'the door importing a view',
      'src/b24/probe.ts',
      "import { placeLabel } from '../chat/place-text.ts';",
      STATIC,
      BELOW_THE_VIEWS('b24', 'chat'),
    ],
    [
      'the test fake importing a view',
      'src/test/probe.ts',
      "import { ITEMS } from '../lookup/lookup-fixtures.ts';",
      STATIC,
      BELOW_THE_VIEWS('test', 'lookup'),
    ],
    [
      'the door importing the query layer',
      'src/b24/probe.ts',
      "import { createQueryClient } from '../query/query-client.ts';",
      STATIC,
      'src/b24/ is the door, the bottom layer: it imports no query (src/query/).',
    ],
    [
      'the SDK outside the door',
      'src/chat/probe.ts',
      "import { B24Frame } from '@bitrix24/b24jssdk';",
      STATIC,
      ONLY_THE_DOOR,
    ],
    [
      'an SDK type outside the door',
      'src/lookup/api/probe.ts',
      "import type { AjaxResult } from '@bitrix24/b24jssdk';",
      STATIC,
      ONLY_THE_DOOR,
    ],
    [
      'an SDK file outside the door',
      'src/app/probe.ts',
      "import '@bitrix24/b24jssdk/dist/esm/index.mjs';",
      STATIC,
      ONLY_THE_DOOR,
    ],
    [
      'the SDK loaded lazily outside the door',
      'src/ui/probe.ts',
      "export const load = () => import('@bitrix24/b24jssdk');",
      DYNAMIC,
      ONLY_THE_DOOR,
    ],
    [
      'a new folder importing a view',
      `src/${NEW_FEATURE}/probe.ts`,
      "import { LookupPage } from '../lookup/lookup-page.tsx';",
      STATIC,
      views(NEW_FEATURE, 'lookup'),
    ],
    [
      'a view importing a new folder',
      'src/settings/probe.ts',
      `import { x } from '../${NEW_FEATURE}/x.ts';`,
      STATIC,
      views('settings', NEW_FEATURE),
    ],
  ])('%s (%s)', async (_story, filePath, imports, ruleId, reason) => {
    const messages = await lint(filePath, probe(imports));
    expect(messages).toEqual([
      expect.objectContaining({ ruleId, message: expect.stringContaining(reason) }),
    ]);
  });
});

describe('the lint zones allow', () => {
  it.each([
    [
      'a view importing the core',
      'src/lookup/probe.ts',
      "import { chatKeys } from '../chat/linked-chat-query.ts';",
    ],
    [
      'a view importing the layers below',
      'src/settings/api/probe.ts',
      "import { useDoor } from '../../b24/door-context.ts';\nimport { doorQueryOptions } from '../../query/door-query.ts';\nimport { useSingleFlight } from '../../ui/use-single-flight.ts';\nimport { useI18n } from '../../i18n/i18n-context.ts';",
    ],
    [
      'a view importing its own folder',
      'src/install/api/probe.ts',
      "import { planInstall } from '../install-plan.ts';",
    ],
    [
      'the core lazily importing its own cards',
      'src/chat/probe.ts',
      "export const load = () => import('./card-problem.tsx');",
    ],
    [
      'the theme feature importing the door',
      'src/theme/probe.ts',
      "import { useDoor } from '../b24/door-context.ts';",
    ],
    [
      'the shell importing every view',
      'src/app/probe.ts',
      "import { LookupPage } from '../lookup/lookup-page.tsx';\nimport { ThemeToggle } from '../theme/theme-toggle.tsx';\nexport const load = () => import('../settings/settings-view.tsx');",
    ],
    ['the entry importing the shell', 'src/main.tsx', "import { boot } from './app/boot.ts';"],
    [
      'the door importing the SDK',
      'src/b24/probe.ts',
      "import { B24Frame } from '@bitrix24/b24jssdk';",
    ],
    [
      'ui importing the translator',
      'src/ui/probe.ts',
      "import { useI18n } from '../i18n/i18n-context.ts';",
    ],
    [
      'a test importing the test fake',
      'src/chat/probe.test.tsx',
      "import { fakeDoor } from '../test/fake-door.ts';",
    ],
    [
      'a new folder importing the core',
      `src/${NEW_FEATURE}/probe.ts`,
      "import { LinkedChatCard } from '../chat/linked-chat-card.tsx';",
    ],
  ])('%s (%s)', async (_story, filePath, imports) => {
    const messages = await lint(filePath, probe(imports));
    expect(messages).toEqual([]);
  });
});

/** A module made of these imports that uses what they bind, so no-unused-vars stays quiet. */
function probe(imports: string): string {
  const bound = (kind: string) =>
    [...imports.matchAll(new RegExp(`import ${kind}\\{ (\\w+) \\}`, 'g'))].map((match) => match[1]);
  const values = bound('');
  const types = bound('type ');
  return [
    imports,
    ...(values.length > 0 ? [`export const used = [${values.join(', ')}];`] : []),
    ...types.map((name) => `export type Used${name} = ${name};`),
    '',
  ].join('\n');
}
