// Logout leaves nothing of the user in this browser: a chair who entered the app (tasks shown
// once per session), worked in the member grid (IndexedDB) and opened a request's answer
// form (its questions kept in localStorage for offline use) logs out; afterwards
// localStorage holds only the harmless keys (the language chosen, tours seen), and
// sessionStorage (but for the router's scroll positions), IndexedDB and every non-shell
// cache are empty.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT, openOrg, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

/** Everything this origin holds in the browser's storages. */
function stored(page: Page) {
  return page.evaluate(async () => {
    const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)!).sort();
    // The text leaves of SvelteKit's own sessionStorage entries (scroll positions, snapshots).
    const texts = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : typeof v === 'object' && v !== null
          ? Object.values(v).flatMap(texts)
          : [];
    const routerTexts = keys(sessionStorage)
      .filter((k) => k.startsWith('sveltekit:'))
      .flatMap((k) => texts(JSON.parse(sessionStorage.getItem(k) ?? 'null')));
    const cached: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      cached[name] = requests
        .map((r) => new URL(r.url).pathname)
        .filter((p) => p.startsWith('/api/'));
    }
    return {
      local: keys(localStorage),
      session: keys(sessionStorage).filter((k) => !k.startsWith('sveltekit:')),
      routerTexts,
      dbs: (await indexedDB.databases()).map((d) => d.name ?? ''),
      cached,
    };
  });
}

describe('logout wipes the browser', () => {
  it('leaves only the language and tours seen after a chair used the grid, tasks and a request', async () => {
    // The city asks school № 4 a question: the chair gets a task and an answer form.
    const city = await browser.newContext();
    await login(city, app, 'demo-city');
    const sent = await city.request.post(`${app.url}/api/orgs/belgorod-city/requests`, {
      headers: { origin: app.url },
      data: {
        title: 'Проверка выхода',
        deadline: '2099-12-31',
        questions: [{ type: 'number', label: 'Членов профсоюза', prefill: 'members' }],
        recipients: { kind: 'selected', orgIds: ['school-004'] },
      },
    });
    expect(sent.status()).toBe(201);
    const rid = ((await sent.json()) as { id: string }).id;
    await city.close();

    const ctx = await browser.newContext({ viewport: VIEWPORT });
    const page = await ctx.newPage();
    // The sign-in's own landing shows the tasks (once a session: a second load would not).
    await login(page, app, 'demo-school4');
    await page.waitForSelector(`[data-testid=task][data-task-id="request:${rid}:school-004"]`);
    await page.click('[data-testid=locale-switch]');
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    await page.goto(`${app.url}/requests/school-004/answer/${rid}`);
    await page.waitForSelector('[data-testid=answer-input][data-question-id=q1]');

    const before = await stored(page);
    expect(before.local).toContain(`profgrid:request:${rid}:school-004`);
    expect(before.local).toContain('profgrid.locale');
    expect(before.session).toContain('profgrid.tasksShown');
    expect(before.dbs).toContain('profgrid');

    await page.click('[data-testid=user-menu]');
    await page.click('[data-testid=logout]');
    await page.waitForURL((u) => u.pathname === '/login');
    await page.waitForSelector('[data-testid=login-form]');

    const after = await stored(page);
    expect(after.local.filter((k) => !/^profgrid\.(locale|tour\.)/.test(k))).toEqual([]);
    expect(after.local).toContain('profgrid.locale');
    expect(after.session).toEqual([]);
    // SvelteKit rewrites its keys on every page load: numbers only (no page has a snapshot).
    expect(after.routerTexts).toEqual([]);
    expect(after.dbs).toEqual([]);
    for (const [name, api] of Object.entries(after.cached)) {
      expect(name).toMatch(/^profgrid-/);
      expect(api).toEqual([]);
    }
    await ctx.close();
    // Two users' first visits, the grid, a request and a logout: 115 s at load 30.
  }, 240_000);
});

describe('logout in one tab', () => {
  it('sends the other tabs to the login page, and none of them re-creates the database', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-school4');
    const [first, second] = [await ctx.newPage(), await ctx.newPage()];
    for (const page of [first, second]) {
      await openOrg(page, app.url, 'school-004');
      await waitForSyncState(page, 'online', 0);
    }
    await first.click('[data-testid=user-menu]');
    await first.click('[data-testid=logout]');
    await Promise.all(
      [first, second].map(async (page) => {
        await page.waitForURL((u) => u.pathname === '/login');
        await page.waitForSelector('[data-testid=login-form]');
      }),
    );
    // Both show the login form before every step of the wipe has ended (a deletion waits for
    // the other tab's connection to close); a database re-created after it stays, and fails this.
    for (const page of [first, second]) {
      await expect.poll(async () => (await stored(page)).dbs).toEqual([]);
    }
    await ctx.close();
  });
});
