// Identity in the browser: the login page (errors without saying which part was wrong,
// back to the requested page), a viewer's read-only grid, the logout wipe on a shared
// computer (warning with unsent changes, send first, nothing of the user left), and an
// admin creating a user (weak password refused) who can then sign in.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { demoUser, login, submitLogin } from './harness/auth.ts';
import { VIEWPORT, editCell, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const newPage = async (): Promise<Page> =>
  (await browser.newContext({ viewport: VIEWPORT })).newPage();

/** What this origin still holds: IndexedDB databases and /api entries in Cache Storage. */
async function localLeftovers(page: Page) {
  return page.evaluate(async () => {
    const dbs = (await indexedDB.databases()).map((d) => d.name ?? '');
    const api: string[] = [];
    for (const key of await caches.keys()) {
      for (const req of await (await caches.open(key)).keys()) {
        if (new URL(req.url).pathname.startsWith('/api/')) api.push(req.url);
      }
    }
    return { dbs, api };
  });
}

describe('login page', () => {
  it('sends a signed-out visitor to /login, refuses a wrong password, then returns to the org', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/org/school-004`);
    await page.waitForURL((u) => u.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/org/school-004');
    await submitLogin(page, 'demo-school4', 'wrong-password-123');
    await page.waitForSelector('[data-testid="login-error"]');
    expect(await page.textContent('[data-testid="login-error"]')).toContain(
      'Неверный логин или пароль',
    );
    await submitLogin(page, 'demo-school4', demoUser(app, 'demo-school4')!.password);
    await page.waitForURL((u) => u.pathname === '/org/school-004');
    await page.waitForSelector('.ag-row[row-id]');
    expect(await page.textContent('[data-testid="user-menu"]')).toMatch(/Школа/);
    expect(page.url()).not.toContain('password');
    await page.screenshot({ path: '/tmp/e2e-org-signed-in.png' });
    await page.context().close();
  });
});

describe('viewer', () => {
  it('gets a read-only grid: no add/remove buttons, cells not editable', async () => {
    const page = await newPage();
    await login(page.context(), app, 'demo-viewer');
    await openOrg(page, app.url, 'school-004');
    await page.waitForSelector('[data-testid="read-only"]');
    expect(await page.locator('[data-testid="add-member"]').count()).toBe(0);
    const [first] = await rowIds(page, 1);
    await page.locator(`.ag-row[row-id="${first}"] .ag-cell[col-id="notes"]`).dblclick();
    expect(await page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);
    await page.screenshot({ path: '/tmp/e2e-viewer.png' });
    await page.context().close();
  });
});

describe('logout on a shared computer', () => {
  it('warns about unsent changes, sends them, wipes IndexedDB and caches; the next user sees nothing', async () => {
    const page = await newPage();
    const ctx = page.context();
    await login(page, app, 'demo-school4');
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Let the service worker cache /api/orgs (network-first with a cached copy).
    await page.reload();
    await page.waitForSelector('.ag-row[row-id]');
    const [first] = await rowIds(page, 1);

    await ctx.setOffline(true);
    await waitForSyncState(page, 'offline');
    await editCell(page, first!, 'notes', 'неотправленная правка');
    await page.waitForFunction(
      () =>
        Number(
          document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-pending'),
        ) > 0,
    );
    // Leave the organization: its document is closed, the unsent count stays in IndexedDB,
    // so «Отправить и выйти» must open it again and wait for the server's ack.
    await page.click('a.back');
    await page.waitForSelector('a[data-org-id="school-004"]');
    // «Выйти» while the change is unsent: the warning, sending impossible offline.
    await page.click('[data-testid="user-menu"]');
    await page.click('[data-testid="logout"]');
    const dialog = page.locator('[data-testid="logout-dialog"]');
    await dialog.waitFor({ state: 'visible' });
    expect(
      Number(await dialog.locator('[data-testid="logout-pending"]').getAttribute('data-pending')),
    ).toBeGreaterThan(0);
    expect(await dialog.textContent()).toMatch(/ещё не отправлен/);
    expect(await dialog.locator('[data-testid="logout-send"]').isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-logout-dialog.png' });
    // Back online: «Отправить и выйти» sends, waits for the server's ack, then wipes.
    await ctx.setOffline(false);
    await waitForSyncState(page, 'online', 0);
    await page.evaluate(() => Object.assign(window, { beforeLogout: true }));
    await page.locator('[data-testid="logout-send"]:not([disabled])').click();
    await page.waitForURL((u) => u.pathname === '/login');
    // It ends with a full page load (nothing of this page's memory survives), not only a
    // client-side move to /login.
    await page.waitForFunction(
      () => !('beforeLogout' in window) && !!document.querySelector('[data-testid="login-form"]'),
    );

    const left = await localLeftovers(page);
    expect(left.dbs.filter((n) => /profgrid/i.test(n))).toEqual([]);
    expect(left.api).toEqual([]);

    // The edit reached the server before the wipe (nothing else could have sent it).
    const other = await newPage();
    await login(other.context(), app, 'demo-city');
    await openOrg(other, app.url, 'school-004');
    await other.waitForFunction(
      ([id]) =>
        document
          .querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="notes"]`)
          ?.textContent?.includes('неотправленная правка'),
      [first!] as const,
    );
    await other.context().close();

    // The next user on this browser sees nothing of school-004.
    await submitLogin(page, 'demo-school5', demoUser(app, 'demo-school5')!.password);
    // A chair of one school lands in its member list; the picker is one click back.
    await page.waitForURL((u) => u.pathname === '/org/school-005');
    await page.click('a.back');
    await page.waitForSelector('a[data-org-id="school-005"]');
    expect(await page.locator('a[data-org-id="school-004"]').count()).toBe(0);
    const seen = await page.evaluate(async () => {
      const res = await fetch('/api/orgs/search?q=' + encodeURIComponent('Школа №'));
      return res.ok
        ? ((await res.json()) as { hits: { id: string }[] }).hits.map((o) => o.id)
        : null;
    });
    expect(seen).toEqual(['school-005']);
    await page.goto(`${app.url}/org/school-004`);
    await page.waitForSelector('[data-testid="org-denied"]');
    expect(await page.locator('.ag-row[row-id]').count()).toBe(0);
    await ctx.close();
  });

  it('ends the server session at the next start when the logout happened offline', async () => {
    const page = await newPage();
    const ctx = page.context();
    await login(page, app, 'demo-school5');
    await openOrg(page, app.url, 'school-005');
    await waitForSyncState(page, 'online', 0);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const me = async () => (await fetch(`${app.url}/api/me`, { headers: { cookie } })).status;

    await ctx.setOffline(true);
    await waitForSyncState(page, 'offline');
    await page.click('[data-testid="user-menu"]');
    await page.click('[data-testid="logout"]');
    await page.waitForURL((u) => u.pathname === '/login');
    await page.waitForSelector('[data-testid="login-form"]');
    // The POST could not leave the browser: the session is still open on the server.
    expect(await me()).toBe(200);

    await ctx.setOffline(false);
    await page.goto(`${app.url}/org/school-005`);
    await page.waitForURL((u) => u.pathname === '/login');
    await page.waitForFunction(() => localStorage.getItem('profgrid.logoutPending') === null);
    expect(await me()).toBe(401);
    expect(await page.locator('.ag-row[row-id]').count()).toBe(0);
    await ctx.close();
  });
});

describe('admin', () => {
  it('creates a user: a weak password is refused, a good one works and the user can sign in', async () => {
    const page = await newPage();
    await login(page.context(), app, 'demo-admin');
    const asked: string[] = [];
    // the whole context: a request the service worker makes for the page counts too
    page.context().on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${app.url}/admin/users`);
    await page.waitForSelector('[data-testid="users-table"]');
    await page.click('[data-testid="user-create"]');
    await page.fill('[data-testid="user-login"]', 'e2e-chair');
    await page.fill('[data-testid="user-name-input"]', 'Проверочная Анна Ивановна');
    await page.fill('[data-testid="user-password"]', 'password');
    // the role's organization: found by search on the server (the chooser opens with the line)
    await page.fill('[data-testid="role-org-search"]', 'школа 4');
    await page.waitForSelector(
      '[data-testid="roles-editor"] button.pick[data-org-id="school-004"]',
    );
    await page.screenshot({ path: '/tmp/e2e-admin-role-chooser.png' });
    await page.click('[data-testid="roles-editor"] button.pick[data-org-id="school-004"]');
    await page.waitForSelector('[data-testid="role-org"][data-value="school-004"]');
    await page.screenshot({ path: '/tmp/e2e-admin-role-chosen.png' });
    await page.click('[data-testid="user-save"]');
    await page.waitForSelector('[data-testid="user-create-dialog"] .error');
    await page.screenshot({ path: '/tmp/e2e-admin-weak.png' });
    const good = 'Лесная-тропа-2024-кедр';
    await page.fill('[data-testid="user-password"]', good);
    await page.click('[data-testid="user-save"]');
    await page.waitForSelector('tr[data-login="e2e-chair"]');
    await page.screenshot({ path: '/tmp/e2e-admin-users.png' });
    // the users page and its dialogs never load the whole registry
    expect(asked.filter((p) => p === '/api/orgs')).toEqual([]);
    expect(asked).toContain('/api/orgs/search');

    const chair = await newPage();
    await login(chair, app, 'e2e-chair', good);
    await chair.waitForURL((u) => u.pathname === '/org/school-004');
    await page.context().close();
    await chair.context().close();
  });
});

describe('revoked session', () => {
  it('goes to /login when an admin disables the signed-in user', async () => {
    const page = await newPage();
    await login(page, app, 'demo-school5');
    await openOrg(page, app.url, 'school-005');
    await waitForSyncState(page, 'online');

    const admin = await browser.newContext();
    await login(admin, app, 'demo-admin');
    const users = (await (await admin.request.get(`${app.url}/api/users`)).json()) as {
      id: string;
      login: string;
    }[];
    const id = users.find((u) => u.login === 'demo-school5')!.id;
    const res = await admin.request.patch(`${app.url}/api/users/${id}`, {
      data: { disabled: true },
      headers: { origin: app.url },
    });
    expect(res.ok()).toBe(true);

    await page.waitForURL((u) => u.pathname === '/login', { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe('/org/school-005');
    await admin.close();
    await page.context().close();
  });
});
