// The practice organization: a chair opens it from the «?» menu, gets demo members, adds
// and removes people and imports nothing real; the city's figures do not move; «Начать
// заново» brings the demo data back; it survives a reload (kept in this browser).
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseOrgRollup } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const count = async (page: Page) =>
  Number(await page.getAttribute('[data-testid=member-count]', 'data-total'));
const waitCount = (page: Page, n: number) =>
  page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid=member-count]')?.getAttribute('data-total') ===
      String(want),
    n,
  );
async function cityTotal(city: BrowserContext): Promise<number> {
  const res = await city.request.get(`${app.url}/api/orgs/belgorod-city/summary`);
  return parseOrgRollup(await res.json())!.membersTotal;
}

describe('practice organization', () => {
  it('edits stay local and never change the city’s figures; reset brings the demo data back', async () => {
    const city = await browser.newContext();
    await login(city, app, 'demo-city');
    const before = await cityTotal(city);

    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    await login(page, app, 'demo-school4');
    await page.waitForSelector('.ag-row[row-id]');
    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=practice-link]');
    await page.waitForURL((u) => u.pathname === '/practice');
    await page.waitForSelector('[data-testid=practice-banner]');
    await page.waitForSelector('.ag-row[row-id]');
    const seeded = await count(page);
    expect(seeded).toBeGreaterThan(10);

    await page.click('[data-testid=add-member]');
    await page.click('[data-testid=add-member]');
    await waitCount(page, seeded + 2);
    await page.screenshot({ path: '/tmp/e2e-practice.png' });

    // Kept in this browser across a reload.
    await page.reload();
    await page.waitForSelector('[data-testid=practice-banner]');
    await waitCount(page, seeded + 2);

    // The relay never heard of it: the city's total is what it was.
    expect(await cityTotal(city)).toBe(before);

    await page.click('[data-testid=practice-reset]');
    await page.click('[data-testid=practice-reset-confirm]');
    await waitCount(page, seeded);
    expect(await cityTotal(city)).toBe(before);
    await city.close();
    await ctx.close();
  });
});
