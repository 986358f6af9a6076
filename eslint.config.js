import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that must run anywhere (the CLI, tests, a worker): no browser or extension globals. */
export const PURE_MODULES = ['utils/conversation/**', 'utils/lint/**', 'utils/search/**', 'utils/suggest/**', 'utils/packs/**'];
/** The network/storage glue of packs is allowed to touch the browser. */
export const PACKS_GLUE = ['utils/packs/subscription*.ts', 'utils/packs/storage*.ts'];

const BROWSER_GLOBALS = [
  'browser',
  'chrome',
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'self',
].map((name) => ({ name, message: 'Pure module: take what you need as an argument instead of reaching for browser globals.' }));
const EXTENSION_IMPORTS = {
  paths: [
    { name: 'wxt/browser', message: 'Pure module: no extension APIs here; do it in the caller.' },
    { name: 'webextension-polyfill', message: 'Pure module: no extension APIs here; do it in the caller.' },
    { name: '#imports', message: 'Pure module: no WXT runtime imports.' },
  ],
  patterns: [
    {
      group: ['wxt/*', '**/messaging', '**/i18n', '**/target-tab', '**/page-reader'],
      message: 'Pure module: browser-side code stays out.',
    },
    { group: ['**/entrypoints/**', '**/components/**'], message: 'utils/ never imports entrypoints or UI.' },
  ],
};
const DOM_ARGUMENT_GLOBALS = ['document', 'window', 'location', 'browser', 'chrome'].map((name) => ({
  name,
  message: 'Adapters and editors take the Document/Element as an argument, so they run under happy-dom and in the CLI.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/out/**', 'demo/site/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: PURE_MODULES,
    ignores: PACKS_GLUE,
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', EXTENSION_IMPORTS],
    },
  },
  {
    files: ['utils/sites/**', 'utils/editors/**', 'utils/coach/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_ARGUMENT_GLOBALS],
      'no-restricted-imports': ['error', { paths: EXTENSION_IMPORTS.paths, patterns: EXTENSION_IMPORTS.patterns }],
    },
  },
  {
    // Entrypoints talk to each other through messages only, never imports.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '../*.content/**', '../sidepanel/**', '../options/**', '../background'],
              message: 'Entrypoints share code through utils/ and components/, not each other.',
            },
          ],
        },
      ],
    },
  },
);
