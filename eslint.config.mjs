// Lint rules, including the layer boundaries of docs/architecture.md (enforced here, not by good intentions).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
];
const ioLibraries = ['electron', 'better-sqlite3', 'electron-store', 'imapflow', 'nodemailer', 'react', 'react-dom'];
// Fakes and test support live in testing/; production code never imports them (tests, bench and e2e may).
const noTesting = {
  regex: '(^|/)testing(/|$)',
  message: 'testing/ holds fakes and test support: production code never imports it.',
};
const browserAndNodeGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
  'Buffer',
  '__dirname',
].map((name) => ({ name, message: 'core/ and api/ are pure: take what you need as a parameter.' }));

const sqlOnlyInStore = 'SQL lives in electron/store/: add a repository method there instead.';
const sqliteHandleOnlyInTests = {
  regex: '(^|/)store/sqlite-handle$',
  message: 'The raw connection is for tests and benchmarks; production code goes through the repositories.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // SQL only in store/: the database library is imported nowhere else, and the raw connection behind a
    // store (store/sqlite-handle) only by tests, test support and benchmarks (docs/architecture.md).
    files: ['electron/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    ignores: ['electron/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: sqlOnlyInStore }], patterns: [sqliteHandleOnlyInTests] },
      ],
    },
  },
  {
    files: ['electron/**/*.test.ts', 'testing/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', message: sqlOnlyInStore }] }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioLibraries.map((name) => ({ name, message: 'core/ is pure domain logic: no electron, DOM or I/O.' })),
          patterns: [
            { group: nodeBuiltins, message: 'core/ is pure domain logic: no Node I/O.' },
            { regex: '^\\.\\./(?!api(/|$))', message: 'core/ may import only api/ of the project.' },
            noTesting,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserAndNodeGlobals],
    },
  },
  {
    files: ['electron/api/**/*.ts'],
    // Tests may set the process up (e.g. its time zone) to prove the module does not depend on it.
    ignores: ['electron/api/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioLibraries.map((name) => ({ name, message: 'api/ is the pure contract shared with the renderer.' })),
          patterns: [
            { group: nodeBuiltins, message: 'api/ is the pure contract shared with the renderer.' },
            { regex: '^\\.\\./', message: 'api/ imports nothing else of the project.' },
            noTesting,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserAndNodeGlobals],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/desktop/**', 'electron/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message: 'Only electron/desktop/ (the Electron shell) talks to Electron.',
            },
          ],
          patterns: [noTesting],
        },
      ],
    },
  },
  {
    // The shell may talk to Electron, but not to testing/ either.
    files: ['electron/desktop/**/*.ts'],
    ignores: ['electron/desktop/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3', message: sqlOnlyInStore }],
          patterns: [noTesting, sqliteHandleOnlyInTests],
        },
      ],
    },
  },
  {
    // Playwright reads a test's fixtures from its destructured first parameter, even when empty.
    files: ['e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'The renderer talks to the backend only through electron/api.',
          })),
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node.' },
            { regex: '(^|/)electron/(?!api(/|$))', message: 'The renderer may import only electron/api.' },
            noTesting,
          ],
        },
      ],
    },
  },
);
