import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const sdkOutsideDoor = {
  name: '@bitrix24/b24jssdk',
  message: 'Only src/b24/ talks to the SDK: use callMethod and the typed door instead.',
  allowTypeImports: true,
};

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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Remote text is rendered as text, never as HTML.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [sdkOutsideDoor] }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/b24/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/chat/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [sdkOutsideDoor],
          patterns: [
            {
              group: ['**/lookup/**', '**/install/**', '**/settings/**'],
              message: 'src/chat/ is the core: it knows none of the views that use it.',
            },
          ],
        },
      ],
    },
  },
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
