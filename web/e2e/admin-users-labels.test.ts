// How accounts read in the header and on the admin's Users page: a committee's editor as
// that committee (not a chair), in both languages; and an organization whose name has not
// arrived yet as «…», never its id, on the Users page at 1024 px. The access log's
// organization line when none is chosen.
import { describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('role labels', () => {
  it('reads the city committee as a committee and a school chair as a chair, in Russian and English', async () => {
    for (const [lang, committee, chair] of [
      ['ru', 'городской (районный) комитет', 'председатель / редактор'],
      ['en', 'city (district) committee', 'chair / editor'],
    ] as const) {
      for (const [user, path, label] of [
        ['demo-city', '/dashboard/belgorod-city', committee],
        ['demo-school4', '/org/school-004', chair],
      ] as const) {
        const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        await ctx.addInitScript((l) => localStorage.setItem('profgrid.locale', l), lang);
        await login(ctx, app, user);
        const page = await ctx.newPage();
        await page.goto(`${app.url}${path}`);
        const summary = page.locator('[data-testid=user-summary]');
        await expect
          .poll(async () => (await summary.textContent())?.endsWith(`· ${label}`))
          .toBe(true);
        await page.click('[data-testid=user-menu]');
        await expect.poll(() => page.locator('.grant .role').allTextContents()).toEqual([label]);
        await page.screenshot({ path: `/tmp/role-label-${user}-${lang}.png` });
        await ctx.close();
      }
    }
  });

  it('shows «…» on the Users page until the organizations’ names arrive, never their ids', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      // the organization requests are the page's own, not answered from a worker's cache
      serviceWorkers: 'block',
    });
    await login(ctx, app, 'demo-admin');
    const held: Route[] = [];
    let release = false;
    await ctx.route('**/api/orgs/tree**', (route) =>
      release ? route.continue() : void held.push(route),
    );
    const page = await ctx.newPage();
    await page.goto(`${app.url}/admin/users`);
    const city = page.locator('[data-testid=users-table] tr[data-login=demo-city]');
    await city.waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await city.locator('[data-testid=grant-org-pending]').count()).toBe(1);
    const table = await page.textContent('[data-testid=users-table]');
    expect(table).not.toContain('belgorod-city');
    expect(table).not.toContain('school-004');
    expect(table).not.toContain('central');
    await page.screenshot({ path: '/tmp/admin-users-pending-1024.png' });

    release = true;
    for (const route of held.splice(0)) await route.continue();
    await city.locator('.grant .org:not(.pending)').waitFor();
    expect(await city.locator('.grant').textContent()).toMatch(
      /^Белгородская городская.* — городской \(районный\) комитет$/,
    );
    // every other row's name comes with its own answer, not necessarily with the city's
    await expect.poll(() => page.locator('[data-testid=grant-org-pending]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/admin-users-names-1024.png' });
    await ctx.close();
  });

  it('the access log without a chosen organization says it shows all of them, in both languages', async () => {
    for (const [lang, all] of [
      ['ru', 'Все мои организации (и входы в систему)'],
      ['en', 'All my organizations (and sign-ins)'],
    ] as const) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await ctx.addInitScript((l) => localStorage.setItem('profgrid.locale', l), lang);
      await login(ctx, app, 'demo-admin');
      const page = await ctx.newPage();
      await page.goto(`${app.url}/admin/audit`);
      const chooser = page.locator('[data-testid=audit-org]');
      await expect.poll(() => chooser.locator('.name').textContent()).toBe(all);
      await page.screenshot({ path: `/tmp/admin-audit-${lang}.png` });
      await ctx.close();
    }
  });
});
