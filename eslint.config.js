import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const remoteTextAsText = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Remote text is rendered as text, never as HTML.',
};

// The layers of src/ (docs/architecture.md). Every other folder is a feature: a view the app
// composes. A new folder is a feature, with all of a feature's limits, until it is named here.
const LAYERS = ['app', 'b24', 'i18n', 'query', 'styles', 'test', 'ui'];
// The one feature the others may import: the linked-chat queries and card.
const CORE = 'chat';
const FEATURES = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !LAYERS.includes(entry.name))
  .map((entry) => entry.name);

// What a zone may not import: `group` for no-restricted-imports (gitignore-style), `source` the
// same as a regular expression for import(), which that rule does not see (esquery's regular
// expressions may not hold a slash: \x2F stands for it).
const forbid = (group, source, message) => ({ group, source, message });
const folder = (name, message) =>
  forbid([`**/${name}`, `**/${name}/**`], `(^|\\x2F)${name}(\\x2F|$)`, message);

const SDK = '@bitrix24/b24jssdk';
const outsideDoor = forbid(
  [SDK, `${SDK}/**`],
  '^@bitrix24\\x2Fb24jssdk(\\x2F|$)',
  `Only src/b24/ imports ${SDK} (value or type): go through the door (B24Door).`,
);
const shell = folder(
  'app',
  'Nothing but the entry (src/main.tsx) imports src/app/: the shell composes the views, they never reach back into it.',
);
const views = (zone, except = []) =>
  FEATURES.filter((name) => name !== zone && !except.includes(name)).map((name) =>
    folder(
      name,
      zone === CORE
        ? `src/${CORE}/ is the core: it imports none of the views that use it (src/${name}/).`
        : FEATURES.includes(zone)
          ? `src/${zone}/ may not import src/${name}/: views never import each other; what they share lives in the core (src/${CORE}/) or a layer below.`
          : `src/${zone}/ sits below the views: it imports none of them (src/${name}/).`,
    ),
  );

/** One zone: its files, and what they may not import, statically or with import(). */
const zone = (files, forbidden, ignores = []) => ({
  files,
  ignores,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: forbidden.map(({ group, message }) => ({ group, message })) },
    ],
    'no-restricted-syntax': [
      'error',
      remoteTextAsText,
      ...forbidden.map(({ source, message }) => ({
        selector: `ImportExpression[source.value=/${source}/]`,
        message,
      })),
    ],
  },
});

const code = (folderGlob) => [`${folderGlob}/**/*.{ts,tsx}`];

// Each file of src/ falls in exactly one zone: a later block's list would replace an earlier
// one's, not add to it. Tests follow the zone of their folder; none needs an allowance.
const zones = [
  zone(['src/main.tsx'], [outsideDoor]),
  zone(['src/*.{ts,tsx}'], [outsideDoor, shell], ['src/main.tsx']),
  zone(code('src/app'), [outsideDoor]),
  zone(code('src/b24'), [
    shell,
    ...views('b24'),
    folder('query', 'src/b24/ is the door, the bottom layer: it imports no query (src/query/).'),
    folder('ui', 'src/b24/ is the door, the bottom layer: it imports no UI (src/ui/).'),
  ]),
  ...['query', 'i18n', 'styles', 'test'].map((name) =>
    zone(code(`src/${name}`), [outsideDoor, shell, ...views(name)]),
  ),
  zone(code('src/ui'), [
    outsideDoor,
    shell,
    ...views('ui'),
    folder(
      'b24',
      'src/ui/ is presentational: it never calls the portal (src/b24/); the view passes values and callbacks in.',
    ),
    folder(
      'query',
      'src/ui/ is presentational: it runs no query (src/query/); the view passes values and callbacks in.',
    ),
  ]),
  ...FEATURES.map((name) =>
    zone(code(`src/${name}`), [outsideDoor, shell, ...views(name, [CORE])]),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'playwright-report',
      'test-results',
      'docs',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'jsx-a11y': jsxA11y,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // A log that scrolls by itself must take focus, or the keyboard cannot scroll it (WCAG
      // 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'log'] }],
      'no-restricted-syntax': ['error', remoteTextAsText],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  ...zones,
  {
    files: [
      'emulator/**/*.{ts,js}',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // Spec helpers that assert: a test that only calls one of them does assert.
      'playwright/expect-expect': ['warn', { assertFunctionNames: ['errorThenTryAgain'] }],
    },
  },
  prettier,
);
