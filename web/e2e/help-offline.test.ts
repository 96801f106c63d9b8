// The help's pictures are not part of the service worker's precache (both languages' are
// megabytes every browser would download with every build): a first visit to the app
// fetches none, and opening the help online keeps the pictures of the interface's language,
// so another help page shows its picture offline afterwards. A picture kept by an older
// build does not outlive it: the new build's worker drops it and shows its own.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const VIEW = { width: 1366, height: 768 };

/** Waits until the service worker has installed (its precache written) and activated. */
const workerActive = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state === 'activated') return;
    await new Promise<void>((done) =>
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') done();
      }),
    );
  });

/** Waits until Cache Storage holds `path` (waitForFunction takes a promise for true). */
const cached = (page: Page, path: string) =>
  expect
    .poll(() => page.evaluate((p) => caches.match(p).then((r) => !!r), path), {
      timeout: 60_000,
      interval: 100,
    })
    .toBe(true);

describe('help pictures and the service worker', () => {
  it('a first visit to / downloads no help picture', async () => {
    const ctx = await browser.newContext({ viewport: VIEW });
    const asked: { path: string; byWorker: boolean }[] = [];
    ctx.on('request', (r) =>
      asked.push({ path: new URL(r.url()).pathname, byWorker: !!r.serviceWorker() }),
    );
    const page = await ctx.newPage();
    await page.goto(`${app.url}/`);
    await workerActive(page);
    // The worker's own requests are seen (its precache of the build)…
    expect(asked.filter((a) => a.byWorker && a.path.startsWith('/_app/')).length).toBeGreaterThan(
      0,
    );
    // …and no one asked for a help picture, nor is one cached.
    expect(asked.filter((a) => a.path.startsWith('/help/'))).toEqual([]);
    expect(await page.evaluate(() => caches.match('/help/start.png').then((r) => !!r))).toBe(false);
    await ctx.close();
    // A first install precaches the whole build: minutes on a loaded machine.
  }, 240_000);

  it("after /help is opened online, another help page's picture shows offline", async () => {
    const ctx = await browser.newContext({ viewport: VIEW });
    const page = await ctx.newPage();
    await login(page, app, 'demo-school4');
    await workerActive(page);
    await page.goto(`${app.url}/help`);
    await page.waitForSelector('[data-testid=help-search]');
    // The pictures of the interface's language (Russian) are fetched in the background.
    await cached(page, '/help/transfer.png');
    expect(await page.evaluate(() => caches.match('/help/transfer.en.png').then((r) => !!r))).toBe(
      false,
    );

    await ctx.setOffline(true);
    await page.goto(`${app.url}/help/transfer`);
    await page.waitForSelector('[data-testid=help-article][data-help=transfer]');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=help-shot]');
      return (
        !!img &&
        new URL(img.src).pathname === '/help/transfer.png' &&
        img.complete &&
        img.naturalWidth === 1366
      );
    });
    await page.screenshot({ path: '/tmp/dash5-help-offline.png', fullPage: true });
    await ctx.close();
  }, 240_000);

  it("an older build's help picture gives way to this build's", async () => {
    const ctx = await browser.newContext({ viewport: VIEW });
    // The help cache an older build left (a 1×1 picture where this build has its screenshot),
    // written before this build's worker is registered, as on the browser of a returning user.
    await ctx.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      const stale = Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        ),
        (c) => c.charCodeAt(0),
      );
      const written = caches.keys().then(async (keys) => {
        if (keys.some((k) => k.startsWith('profgrid-'))) return; // a worker is there already
        const cache = await caches.open('profgrid-help');
        await cache.put(
          new URL('/help/transfer.png', location.origin),
          new Response(stale, { headers: { 'content-type': 'image/png' } }),
        );
      });
      container.register = (...args) => written.then(() => register(...args));
    });
    const page = await ctx.newPage();
    await login(page, app, 'demo-school4');
    await workerActive(page);
    expect(await page.evaluate(() => caches.keys())).not.toContain('profgrid-help');
    await page.goto(`${app.url}/help/transfer`);
    await page.waitForSelector('[data-testid=help-article][data-help=transfer]');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=help-shot]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    expect(
      await page.evaluate(
        () => document.querySelector<HTMLImageElement>('[data-testid=help-shot]')!.naturalWidth,
      ),
    ).toBe(1366);
    // and what the help cache holds now is this build's picture, for offline use
    await cached(page, '/help/transfer.png');
    const kept = await page.evaluate(async () => {
      const r = await caches.match('/help/transfer.png');
      return r ? (await r.arrayBuffer()).byteLength : 0;
    });
    expect(kept).toBeGreaterThan(1000);
    await ctx.close();
  }, 240_000);
});
