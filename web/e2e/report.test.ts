// The statistical report (issue 5 items 3–4): the city committee opens «Отчёт 5-СП» from
// its dashboard; the page downloads the city's 155 documents through the sync path and
// computes in the browser; its totals equal the relay's rollup on the dashboard to the
// unit. Figures the data lacks read «нет данных»; a bad period is refused with a message
// and the report stays; XLSX downloads; the print view hides the app's chrome.
// Screenshots go to /tmp.
import { readFileSync } from 'node:fs';
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

/** Dashboard tile values as numbers ('93,5 %' → 93.5). */
const tile = (page: Page, field: string) =>
  page
    .getAttribute(`[data-total=${field}]`, 'data-value')
    .then((v) => Number((v ?? '').replace(',', '.').replace(/\s*%$/, '')));
const line = (page: Page, key: string) =>
  page.getAttribute(`tr[data-row="${key}"] td[data-value]`, 'data-value').then((v) => Number(v));

describe('statistical report', () => {
  it('agrees with the dashboard rollup for the demo city, prints and exports', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 1200, height: 1600 },
      acceptDownloads: true,
    });
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/dashboard/belgorod-city`);
    await page.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    const rollup: Record<string, number> = {};
    for (const f of [
      'membersTotal',
      'orgs',
      'women',
      'youth',
      'working',
      'student',
      'pensioner',
      'coveragePercent',
      'joined',
      'left',
    ])
      rollup[f] = await tile(page, f);
    expect(rollup['membersTotal']).toBeGreaterThan(1000);

    await page.click('[data-testid=report-link]');
    await page.waitForURL(/\/report\/belgorod-city$/);
    await page.waitForSelector('[data-testid=report-status][data-state=ready]', {
      timeout: 60_000,
    });
    expect(await page.locator('[data-testid=report-local]').count()).toBe(0);
    expect(await page.locator('[data-testid=report-denied]').count()).toBe(0);
    expect(await line(page, 'orgs.total')).toBe(155);
    expect(await line(page, 'orgs.primary')).toBe(154);
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);
    expect(await line(page, 'members.women')).toBe(rollup['women']);
    expect(await line(page, 'members.youth')).toBe(rollup['youth']);
    expect(await line(page, 'members.working')).toBe(rollup['working']);
    expect(await line(page, 'members.student')).toBe(rollup['student']);
    expect(await line(page, 'members.pensioner')).toBe(rollup['pensioner']);
    expect(await line(page, 'workers.coverage')).toBe(rollup['coveragePercent']);
    expect(await line(page, 'joined')).toBe(rollup['joined']);
    expect(await line(page, 'left.total')).toBe(rollup['left']);
    // The passport has no field for full-time chairs: «нет данных», not 0.
    expect(await page.textContent('tr[data-row="chairs.fullTime"] td[data-missing]')).toBe(
      'нет данных',
    );
    await page.screenshot({ path: '/tmp/report-city.png', fullPage: true });

    // A period that ends before it starts is refused; the report stays as it was.
    await page.fill('[data-testid=report-from]', '01.06.2026');
    await page.fill('[data-testid=report-to]', '01.02.2026');
    await page.click('[data-testid=report-apply]');
    await page.waitForSelector('[data-testid=report-period-error]');
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);
    // A period before any event: nobody joined or left in it; members still counted.
    await page.fill('[data-testid=report-from]', '01.01.1990');
    await page.fill('[data-testid=report-to]', '31.12.1990');
    await page.click('[data-testid=report-apply]');
    await page.waitForSelector('tr[data-row=joined] td[data-value="0"]');
    expect(await page.locator('[data-testid=report-period-error]').count()).toBe(0);
    expect(await line(page, 'left.total')).toBe(0);
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=report-xlsx]'),
    ]);
    expect(download.suggestedFilename()).toBe('5sp-belgorod-city-1990-01-01-1990-12-31.xlsx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header.pg-header')).toBe(false);
    expect(await page.isVisible('[data-testid=report-xlsx]')).toBe(false);
    expect(await page.isVisible('[data-testid=report-table]')).toBe(true);
    await page.screenshot({ path: '/tmp/report-print.png', fullPage: true });
    await ctx.close();
  });
});
