// The service worker's static routing: on a controlled page the build's immutable files come
// straight from its cache (Chromium's InstallEvent.addRoutes), not through its fetch handler.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('service worker static routes', () => {
  it('serves /_app/immutable files from the cache without the fetch handler', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/login`);
    await page.waitForSelector('[data-testid=login-form]');
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state === 'activated') return;
      await new Promise<void>((done) =>
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') done();
        }),
      );
    });
    // A second visit, controlled from its start.
    await page.reload();
    await page.waitForSelector('[data-testid=login-form]');
    const sources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/_app/immutable/'))
        .map(
          (e) =>
            (e as PerformanceResourceTiming & { workerMatchedSourceType?: string })
              .workerMatchedSourceType ?? 'none',
        ),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(['cache']));
    await ctx.close();
    // A first install precaches the whole build: minutes on a loaded machine.
  }, 240_000);
});
