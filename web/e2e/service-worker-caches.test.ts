// The service worker's activation drops older builds' shell caches only: a cache the app
// keeps for offline use (the issued cards' list), written while the worker was still
// installing (a first visit on a loaded machine), stays.
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

describe('service worker activation', () => {
  it("keeps the app's own caches written before it activated", async () => {
    const ctx = await browser.newContext();
    // The app's cache is written first, and the worker registered only then (on a loaded
    // machine the app writes while the worker installs): its activation comes after.
    await ctx.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      const written = caches
        .open('pg-issued-cards')
        .then((cache) =>
          cache.put(
            new URL('/api/orgs/school-005/cards', location.origin),
            new Response('{"cards":[]}', { headers: { 'content-type': 'application/json' } }),
          ),
        );
      container.register = (...args) => written.then(() => register(...args));
    });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/login`);
    await page.waitForSelector('[data-testid=login-form]');

    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((done) =>
          worker.addEventListener('statechange', () => {
            if (worker.state === 'activated') done();
          }),
        );
      }
      const kept = await (await caches.open('pg-issued-cards')).keys();
      return {
        keys: (await caches.keys()).sort(),
        kept: kept.map((r) => new URL(r.url).pathname),
      };
    });
    expect(after.keys).toHaveLength(2);
    expect(after.keys[0]).toBe('pg-issued-cards');
    expect(after.keys[1]).toMatch(/^profgrid-/);
    expect(after.kept).toEqual(['/api/orgs/school-005/cards']);
    await ctx.close();
    // A first install precaches the whole build: minutes on a loaded machine.
  }, 240_000);
});
