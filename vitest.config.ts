// One vitest run for the whole workspace: a project per package, plus browser tests.
import { defineConfig } from 'vitest/config';

// expect.poll waits for what the code does on its own time (a debounced save, a relay's
// round trip): 1 s by default, which a loaded machine (CI) overruns; as long as a page wait.
const POLL = { timeout: 30_000, interval: 50 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', root: 'core', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      {
        test: {
          name: 'sync-server',
          root: 'sync-server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          expect: { poll: POLL },
        },
      },
      {
        test: {
          name: 'web',
          root: 'web',
          include: ['src/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto', './src/lib/i18n/test-setup.ts'],
        },
      },
      { test: { name: 'scripts', root: 'scripts', include: ['**/*.test.ts'] } },
      {
        test: {
          name: 'bench',
          root: 'bench',
          include: ['load/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'web',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: POLL },
          fileParallelism: false,
        },
      },
    ],
  },
});
