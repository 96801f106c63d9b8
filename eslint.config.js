// Lint for the whole workspace: zero warnings, no floating promises, and core kept pure
// (no node:*, no DOM, no frameworks), sync-server and web never importing each other.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: ['**/node_modules/**', 'web/build/**', 'web/.svelte-kit/**', 'data/**', '**/*.cjs'],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@profgrid/sync-server', '**/sync-server/**'],
              message: 'web never imports sync-server.',
            },
          ],
        },
      ],
    },
  },
);
