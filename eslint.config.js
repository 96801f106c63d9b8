// Lint for the whole workspace: zero warnings, no floating promises, exhaustive switches,
// and core kept pure (no node:*, no DOM, no frameworks, no clock or randomness of its own),
// sync-server and web never importing each other. Import circles are checked by
// scripts/import-cycles.ts, which `pnpm lint` runs after eslint.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const WEB_NO_SYNC_SERVER = {
  group: ['@profgrid/sync-server', '**/sync-server/**'],
  message: 'web never imports sync-server.',
};
const WEB_TESTS = ['web/src/**/*.test.ts', 'web/src/**/*.test-helper.ts'];
// A feature's own file other than its index.ts / plain.ts, by path or from a sibling feature.
const ENTRY_ONLY = "import the feature's index.ts (or its plain.ts from a plain .ts module).";
const FEATURE_FILE = {
  regex: '(^|/)features/[a-z-]+/(?!(index|plain)\\.ts$)[^/]+$',
  message: ENTRY_ONLY,
};
const SIBLING_FEATURE_FILE = {
  regex: '^\\.\\./[a-z-]+/(?!(index|plain)\\.ts$)[^/]+$',
  message: ENTRY_ONLY,
};

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      'web/build/**',
      'web/.svelte-kit/**',
      'web/.svelte-kit-floor/**',
      'data/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'web/*.js'] },
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union names every member (or has a default): a new member is an error.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'indexedDB',
          'navigator',
          'process',
          'Buffer',
          'crypto',
        ].map((name) => ({ name, message: 'core is pure: take it as a parameter.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core is pure: inject platform APIs instead.' },
            {
              group: ['svelte', 'svelte/*', 'hono', 'hono/*', 'dexie', 'ws'],
              message: 'core is framework-free.',
            },
            { group: ['@profgrid/*'], message: 'core depends on nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    // core reads no clock and no randomness of its own: they come in as parameters, so
    // tests and replicas are deterministic. A file named clock.ts is where one is injected.
    files: ['core/src/**/*.ts'],
    ignores: ['core/src/**/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'core is pure: take the clock as a parameter (now: () => number).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core is pure: new Date() reads the clock; take it as a parameter.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'core is pure: Date() reads the clock; take it as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'core is pure: take randomness as a parameter (a seeded Random).',
        },
        {
          selector: 'ExportAllDeclaration',
          message:
            'name each export (export { a, b } from …): a folder’s surface is an explicit list.',
        },
      ],
    },
  },
  {
    // A feature's index.ts is its explicit surface, as in core.
    files: ['web/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message:
            'name each export (export { a, b } from …): a folder’s surface is an explicit list.',
        },
      ],
    },
  },
  {
    files: ['sync-server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@profgrid/web', '**/web/src/**'],
              message: 'sync-server never imports web.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.svelte'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WEB_NO_SYNC_SERVER] }] },
  },
  {
    // A feature is entered through its index.ts (components, routes) or its plain.ts (the
    // svelte-free part other features' plain .ts modules import: loadable in node tests,
    // kept out of component chunks) — never through one of its files. Tests may reach in.
    // (A later block's no-restricted-imports replaces an earlier one's: each repeats all.)
    files: ['web/src/**/*.ts', 'web/src/**/*.svelte'],
    ignores: WEB_TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [WEB_NO_SYNC_SERVER, FEATURE_FILE] }],
    },
  },
  {
    // The same rule between sibling features (`../<feature>/<file>`).
    files: ['web/src/lib/features/**/*.ts', 'web/src/lib/features/**/*.svelte'],
    ignores: WEB_TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [WEB_NO_SYNC_SERVER, FEATURE_FILE, SIBLING_FEATURE_FILE] },
      ],
    },
  },
);
