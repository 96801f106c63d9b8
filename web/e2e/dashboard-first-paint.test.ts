// What a committee's dashboard loads before its first figures, on a return visit (the worker
// installed, the user stored): the route's code and the three answers, not the database code
// (Dexie), which only stores the session's user, the organization list and the figures and
// loads after their paint; and the error page's node, which the router awaits before it
// renders anything, is asked with the route's node, not after it. Online, the figures come
// from the server; the saved copy is for a reload offline (dashboard.test.ts). On a first
// visit the service worker, which precaches the whole build, registers after the figures,
// and the database code loads after them too (it waits for the first page, not for an idle
// moment, which a first visit has while it waits for the network).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const CHUNKS = join(import.meta.dirname, '..', 'build', '_app', 'immutable', 'chunks');

/** The build's chunk that holds Dexie (its error class's name is in no other). */
function dexieChunk(): string {
  const holding = readdirSync(CHUNKS).filter(
    (f) => f.endsWith('.js') && readFileSync(join(CHUNKS, f), 'utf8').includes('DexieError'),
  );
  expect(holding).toHaveLength(1);
  return holding[0]!;
}

interface Visit {
  /** Pathnames of the requests started before the figures' mark, in order. */
  before: string[];
  figuresAt: number;
  /** Start of the request of the error page's node and of the dashboard's node. */
  errorNodeAt: number;
  routeNodeAt: number;
}

describe('the dashboard before its first figures', () => {
  it('loads no database code and asks the error page with the route', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-city');
    const first = await ctx.newPage();
    await first.goto(`${app.url}/dashboard/belgorod-city`);
    await first.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    // The worker controls the next page, and the stored user is written (after the paint).
    await first.evaluate(() => navigator.serviceWorker.ready);
    await first.waitForFunction(async () => {
      const dbs = await indexedDB.databases();
      return dbs.length > 0;
    });
    await first.close();

    const dexie = dexieChunk();
    const page = await ctx.newPage();
    await page.goto(`${app.url}/dashboard/belgorod-city`);
    await page.waitForSelector('[data-testid=dashboard-count][data-n="154"]');
    const visit: Visit = await page.evaluate(() => {
      const figuresAt = performance.getEntriesByName('pg:dashboard-figures')[0]!.startTime;
      const resources = performance.getEntriesByType('resource');
      // the nodes asked: 1 the error page, the other one (not 0, the root layout) the route's
      const nodes = resources.flatMap((r) => {
        const n = /\/_app\/immutable\/nodes\/(\d+)\.[^/]+\.js$/.exec(new URL(r.name).pathname);
        return n ? [{ node: Number(n[1]), at: r.startTime }] : [];
      });
      return {
        before: resources
          .filter((r) => r.startTime < figuresAt)
          .map((r) => new URL(r.name).pathname),
        figuresAt,
        errorNodeAt: nodes.find((n) => n.node === 1)?.at ?? NaN,
        routeNodeAt: nodes.find((n) => n.node > 1)?.at ?? NaN,
      };
    });
    expect(visit.before).toContain('/api/orgs/belgorod-city/summary');
    expect(visit.before.filter((p) => p.endsWith(`/${dexie}`))).toEqual([]);
    expect(Number.isNaN(visit.errorNodeAt) || Number.isNaN(visit.routeNodeAt)).toBe(false);
    expect(visit.errorNodeAt).toBeLessThanOrEqual(visit.routeNodeAt + 5);
    // Afterwards the figures are stored (the database code loads after the paint).
    await page.waitForFunction(
      (name) => performance.getEntriesByType('resource').some((r) => r.name.endsWith(`/${name}`)),
      dexie,
    );
    await ctx.close();
  });

  it('loads the database code and the worker after the figures of a first visit', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        performance.mark('test:worker-register');
        return register.apply(this, args);
      };
    });
    // Entered at `/`, which lands a committee on its dashboard. The pages' nodes come slowly,
    // as over a slow network: the shell waits for the dashboard's idle once the session's user
    // is known, which must not be the cue to load the database code.
    await page.route(/\/_app\/immutable\/nodes\/([2-9]|\d\d+)\.[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const dexie = dexieChunk();
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/dashboard\/belgorod-city$/);
    await page.waitForSelector('[data-testid=dashboard-count][data-n="154"]');
    // the worker still comes, and controls the next page
    await page.evaluate(() => navigator.serviceWorker.ready);
    // the session's user and the organization list are still stored, after the figures
    await page.waitForFunction(async () => {
      const dbs = await indexedDB.databases();
      return dbs.length > 0;
    });
    const [figuresAt, registerAt, dexieAt] = await page.evaluate(
      (name) => [
        ...['pg:dashboard-figures', 'test:worker-register'].map(
          (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
        ),
        performance.getEntriesByType('resource').find((r) => r.name.endsWith(`/${name}`))
          ?.startTime ?? NaN,
      ],
      dexie,
    );
    expect(registerAt).toBeGreaterThan(figuresAt!);
    expect(dexieAt).toBeGreaterThan(figuresAt!);
    await ctx.close();
  });
});
