// The first-run tour (driver.js): a chair entering the member grid for the first time gets
// the tour in Russian and can skip it; it does not come back by itself, the passport's tour
// runs on first opening the passport and is walked to the end; the help menu replays the
// grid's tour. Automation gets no tour by itself (other browser tests), so this context opts
// in with `profgrid.tour.auto`.
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

const popover = '[data-testid=tour-popover]';
const title = (page: Page) => page.textContent(`${popover} .driver-popover-title`);

async function walkToEnd(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (;;) {
    await page.waitForSelector(popover);
    titles.push((await title(page)) ?? '');
    const next = page.locator('[data-testid=tour-next]');
    const last = (await next.textContent())?.includes('Готово');
    await next.click();
    if (last) break;
    await page.waitForFunction((t) => {
      const shown = document.querySelector('.driver-popover-title');
      return shown !== null && shown.textContent !== t;
    }, titles.at(-1));
  }
  await page.waitForSelector(popover, { state: 'detached' });
  return titles;
}

describe('first-run tour', () => {
  it('runs on first entry, is skipped, runs for the passport, replays from the help menu', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await ctx.addInitScript(() => localStorage.setItem('profgrid.tour.auto', '1'));
    const page = await ctx.newPage();
    await login(page, app, 'demo-school5');
    await page.waitForURL((u) => u.pathname === '/org/school-005');
    await page.waitForSelector(popover);
    expect(await title(page)).toBe('Список членов профсоюза');
    expect(await page.textContent(popover)).toContain('1 из 8');
    await page.screenshot({ path: '/tmp/e2e-tour-grid.png' });
    await page.click('[data-testid=tour-skip]');
    await page.waitForSelector(popover, { state: 'detached' });

    // Skipped means seen: a reload does not start it again.
    await page.reload();
    await page.waitForSelector('.ag-row[row-id]');
    await page.waitForSelector('[data-testid=tasks-button]');
    expect(await page.locator(popover).count()).toBe(0);

    // The passport's own tour on first opening the passport, walked to the end.
    await page.click('[data-testid=tab-passport]');
    const passportTitles = await walkToEnd(page);
    expect(passportTitles).toEqual(['Заполненность паспорта', 'Поля паспорта', 'Список ЧП']);

    // Replay of the grid's tour from the help menu, to the end.
    await page.click('[data-testid=tab-members]');
    await page.waitForSelector('.ag-row[row-id]');
    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=tour-replay]');
    const gridTitles = await walkToEnd(page);
    expect(gridTitles).toHaveLength(8);
    expect(gridTitles.at(-1)).toBe('Справка');
    await ctx.close();
  });

  it('a committee gets the summary’s tour and the forms page’s, replayable from the help menu', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await ctx.addInitScript(() => localStorage.setItem('profgrid.tour.auto', '1'));
    const page = await ctx.newPage();
    await login(page, app, 'demo-city');
    await page.waitForURL((u) => u.pathname === '/dashboard/belgorod-city');
    await page.waitForSelector(popover);
    expect(await title(page)).toBe('Итоги по всем организациям');
    await page.screenshot({ path: '/tmp/e2e-tour-dashboard.png' });
    await page.click('[data-testid=tour-skip]');
    await page.waitForSelector(popover, { state: 'detached' });

    await page.goto(`${app.url}/forms/belgorod-city`);
    const formsTitles = await walkToEnd(page);
    expect(formsTitles[0]).toBe('Отчётные кампании');
    expect(formsTitles.at(-1)).toBe('Справка');
    await page.screenshot({ path: '/tmp/e2e-tour-forms-done.png' });

    // Seen: it does not start again; the help menu replays this screen's tour.
    await page.goto(`${app.url}/dashboard/belgorod-city`);
    await page.waitForSelector('[data-testid=dashboard-totals]');
    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=tour-replay]');
    await page.waitForSelector(popover);
    expect(await title(page)).toBe('Итоги по всем организациям');
    await page.click('[data-testid=tour-skip]');
    await ctx.close();
  });
});
