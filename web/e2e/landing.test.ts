// Landing by role and the tasks waiting on entry: a chair of one school lands in its member
// list (with links to the summary, the report and the report forms), the city committee on
// its summary, a user of two schools on the picker with search; coming back to `/` shows the
// picker. A chair whose passport is incomplete after the city's deadline sees the overdue
// task on entry, and it leads to the passport.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parsePassportMonitoring } from '@profgrid/core';
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
const PASSWORD = 'Лесная-тропа-2024-кедр';

async function signIn(who: string, password?: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEW });
  const page = await ctx.newPage();
  await login(page, app, who, password);
  return page;
}

async function asAdmin(): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  await login(ctx, app, 'demo-admin');
  return ctx;
}

async function createUser(admin: BrowserContext, login: string, orgIds: string[]) {
  const res = await admin.request.post(`${app.url}/api/users`, {
    data: {
      login,
      displayName: login,
      password: PASSWORD,
      roles: orgIds.map((orgId) => ({ orgId, role: 'editor' })),
    },
    headers: { origin: app.url },
  });
  expect(res.status()).toBe(201);
}

describe('landing by role', () => {
  it('a chair of one school lands in its member list, with the organization’s links', async () => {
    const page = await signIn('demo-school4');
    await page.waitForURL((u) => u.pathname === '/org/school-004');
    await page.waitForSelector('.ag-row[row-id]');
    const links = await page.$$eval('[data-testid=org-links] a', (as) =>
      as.map((a) => [a.getAttribute('data-link'), a.getAttribute('href')]),
    );
    expect(links).toEqual([
      ['summary', '/dashboard/school-004'],
      ['report', '/report/school-004'],
      ['forms', '/forms/school-004'],
      ['tables', '/tables/school-004'],
      ['requests', '/requests/school-004'],
    ]);
    // Back to the start: the picker, not the landing again.
    await page.click('a.back');
    await page.waitForSelector('a[data-org-id="school-004"]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it('the city committee lands on its summary', async () => {
    const page = await signIn('demo-city');
    await page.waitForURL((u) => u.pathname === '/dashboard/belgorod-city');
    await page.waitForSelector('[data-testid=org-links] a[data-link=report]');
    expect(await page.locator('[data-testid=org-links] a[data-link=summary]').count()).toBe(0);
    // Remembered for the next entry, which goes there without waiting for the tree.
    const remembered = await page.evaluate(() => localStorage.getItem('profgrid.landing'));
    expect(JSON.parse(remembered!)).toMatchObject({ path: '/dashboard/belgorod-city' });
    const again = await page.context().newPage();
    await again.goto(`${app.url}/`);
    await again.waitForURL((u) => u.pathname === '/dashboard/belgorod-city');
    await again.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    await page.context().close();
  });

  it('a user of two schools lands on the picker with search', async () => {
    const admin = await asAdmin();
    await createUser(admin, 'e2e-two-schools', ['school-004', 'school-005']);
    await admin.close();
    const page = await signIn('e2e-two-schools', PASSWORD);
    await page.waitForSelector('a[data-org-id="school-005"]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.fill('[data-testid=org-search]', '5');
    await page.waitForFunction(() => !document.querySelector('a[data-org-id="school-004"]'));
    // A landing remembered for someone else: the page's HTML goes there, the app comes back.
    await page.evaluate(() =>
      localStorage.setItem(
        'profgrid.landing',
        JSON.stringify({ user: 'someone-else', path: '/org/school-004' }),
      ),
    );
    await page.goto(`${app.url}/`);
    await page.waitForSelector('a[data-org-id="school-005"]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});

describe('tasks on entry', () => {
  it('an incomplete passport past the city’s deadline is listed as overdue and opens the passport', async () => {
    const city = await browser.newContext();
    await login(city, app, 'demo-city');
    const monitoring = parsePassportMonitoring(
      await (
        await city.request.get(`${app.url}/api/orgs/belgorod-city/passport-monitoring`)
      ).json(),
    )!;
    const late = monitoring.rows.find((r) => r.missing.length > 0)!;
    const put = await city.request.put(`${app.url}/api/orgs/belgorod-city/passport-deadline`, {
      data: { deadline: '2020-11-20' },
      headers: { origin: app.url },
    });
    expect(put.status()).toBe(200);
    await city.close();
    const admin = await asAdmin();
    await createUser(admin, 'e2e-late-chair', [late.id]);
    await admin.close();

    const page = await signIn('e2e-late-chair', PASSWORD);
    await page.waitForURL((u) => u.pathname === `/org/${late.id}`);
    const task = page.locator(
      `[data-testid=tasks-entry] [data-testid=task][data-task-id="passport:${late.id}"]`,
    );
    await task.waitFor();
    expect(await task.getAttribute('data-overdue')).toBe('true');
    expect(await task.textContent()).toContain('срок прошёл 20.11.2020');
    expect(await page.getAttribute('[data-testid=tasks-button]', 'data-count')).toBe('1');
    await page.screenshot({ path: '/tmp/e2e-tasks-entry.png' });
    await task.locator('a').click();
    await page.waitForSelector('[data-testid=passport-completeness]');
    expect(await page.locator('[data-testid=tasks-entry]').count()).toBe(0);
    await page.context().close();
  });
});
