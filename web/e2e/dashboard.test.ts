// The committee dashboard: the city committee sees the subtree total and its 154
// institutions; a member added in a chair's tab (demo-school4) changes the city's number
// on the open dashboard within 1 s (relay rollup → SSE); the table sorts and drills down;
// offline the last known figures stay with their age. Screenshots go to /tmp.
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

const total = (page: Page) =>
  page.getAttribute('[data-total=membersTotal]', 'data-value').then((v) => Number(v));
const schoolCell = (page: Page) =>
  page
    .getAttribute('tr[data-org-id=school-004] td[data-col=membersTotal]', 'data-value')
    .then((v) => Number(v));

describe('committee dashboard', () => {
  it('shows the city total and 154 children; an edit in a school tab shows within 1 s', async () => {
    const cityCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await login(cityCtx, app, 'demo-city');
    const city = await cityCtx.newPage();
    await city.goto(`${app.url}/`);
    await city.click('[data-testid=dashboard-link]');
    await city.waitForURL(/\/dashboard\/belgorod-city$/);
    await city.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    await city.waitForSelector('[data-testid=dashboard-count][data-n="154"]');
    // the first screenful of rows comes with the first paint, the rest right after it
    const rows = city.locator('[data-testid=dashboard-table] tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await city.waitForFunction(
      () => document.querySelectorAll('[data-testid=dashboard-table] tbody tr').length === 154,
    );
    const before = await total(city);
    expect(before).toBeGreaterThan(1000);
    const sum = await city.$$eval('td[data-col=membersTotal]', (tds) =>
      tds.reduce((s, td) => s + Number(td.getAttribute('data-value')), 0),
    );
    expect(sum).toBe(before);
    // The numbers are written by hand as Intl writes them: this browser's Intl agrees.
    const unlike = await city.evaluate(() => {
      const out: string[] = [];
      const whole = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
      const two = new Intl.NumberFormat('ru-RU', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      const share = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 2 });
      for (const td of document.querySelectorAll('td[data-col][data-value]')) {
        const v = td.getAttribute('data-value');
        if (!v) continue;
        const f = td.getAttribute('data-col') === 'coveragePercent' ? two : whole;
        if (td.textContent !== f.format(Number(v))) out.push(`${v}: ${td.textContent}`);
      }
      for (const tile of document.querySelectorAll<HTMLElement>('[data-total][data-value]')) {
        const v = tile.dataset['value'];
        if (!v) continue;
        const percent = tile.dataset['total']!.endsWith('Percent');
        const want = percent ? share.format(Number(v) / 100) : whole.format(Number(v));
        const shown = tile.querySelector('.value')?.textContent;
        if (shown !== want) out.push(`${v}: ${shown}`);
      }
      return out;
    });
    expect(unlike).toEqual([]);
    for (const chart of ['category', 'age', 'months', 'coverage'])
      expect(await city.locator(`[data-chart=${chart}]`).count()).toBe(1);
    const schoolBefore = await schoolCell(city);
    await city.screenshot({ path: '/tmp/dashboard-city.png' });

    const schoolCtx = await browser.newContext({ viewport: VIEWPORT });
    await login(schoolCtx, app, 'demo-school4');
    const school = await schoolCtx.newPage();
    await openOrg(school, app.url, 'school-004');
    await waitForSyncState(school, 'online', 0);
    await school.click('[data-testid=add-member]');
    const started = Date.now();
    await city.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-total=membersTotal]')?.getAttribute('data-value')) ===
        n,
      before + 1,
      { timeout: 1000 },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await schoolCell(city)).toBe(schoolBefore + 1);
    await schoolCtx.close();

    // Sorting by members, descending: the first row has the most members.
    await city.click('button[data-sort=membersTotal]');
    const firstTwo = await city.$$eval('tbody tr td[data-col=membersTotal]', (tds) =>
      tds.slice(0, 2).map((td) => Number(td.getAttribute('data-value'))),
    );
    expect(firstTwo[0]).toBeGreaterThanOrEqual(firstTwo[1]!);

    // Offline: the last known numbers remain, with their age.
    await cityCtx.setOffline(true);
    await city.reload().catch(() => undefined);
    await city.waitForSelector('[data-testid=dashboard-status][data-state=cached]', {
      timeout: 10_000,
    });
    expect(await total(city)).toBe(before + 1);
    expect(await city.textContent('[data-testid=dashboard-age]')).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await city.screenshot({ path: '/tmp/dashboard-offline.png' });
    await cityCtx.close();
  });

  it('drills down from the region to the city; a school chair gets no dashboard link', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await login(ctx, app, 'demo-admin');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/dashboard/belgorod-region`);
    await page.waitForSelector('tr[data-org-id=belgorod-city] a');
    await page.click('tr[data-org-id=belgorod-city] a');
    await page.waitForURL(/\/dashboard\/belgorod-city$/);
    await page.waitForSelector('[data-testid=dashboard-count][data-n="154"]');
    await page.click('tr[data-org-id=school-004] a');
    await page.waitForURL(/\/org\/school-004$/);
    await ctx.close();

    const chairCtx = await browser.newContext({ viewport: VIEWPORT });
    await login(chairCtx, app, 'demo-school4');
    const chair = await chairCtx.newPage();
    await chair.goto(`${app.url}/`);
    // A chair of one school lands in its member list; the header offers no dashboard.
    await chair.waitForURL(/\/org\/school-004$/);
    await chair.waitForSelector('.ag-row[row-id]');
    expect(await chair.locator('[data-testid=dashboard-link]').count()).toBe(0);
    await chairCtx.close();
  });
});
