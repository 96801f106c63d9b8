// The register's record columns of the member grid («Дата снятия с учёта», «Причина снятия»)
// filter like the other columns: by a removal reason as it reads, by a range of removal
// dates typed ДД.ММ.ГГГГ; the member counter shows how many rows the filter leaves.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import { focusCell, rowIds } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

async function removeMember(page: Page, rowId: string, date: string, reason: string) {
  await focusCell(page, rowId, 'surname');
  await page.click('[data-testid=remove-member]:not([disabled])');
  await page.waitForSelector('[data-testid=remove-dialog]');
  await page.fill('[data-testid=remove-date]', date);
  await page.selectOption('[data-testid=remove-reason]', reason);
  await page.click('[data-testid=remove-confirm]');
  await page.waitForSelector('[data-testid=remove-dialog]', { state: 'hidden' });
}

/** The grid filters after a debounce; the machine may be loaded. */
const WAIT = { timeout: 15_000 };

const shownCount = (page: Page) =>
  page.getAttribute('[data-testid=member-count]', 'data-shown').then(Number);

/** The texts of a column's cells in the rows the grid shows. */
const columnTexts = (page: Page, colId: string) =>
  page.$$eval(`.ag-row[row-id] .ag-cell[col-id="${colId}"]`, (cells) =>
    cells.map((c) => c.textContent?.trim() ?? ''),
  );

describe('filtering the member grid by its record columns', () => {
  it('by a removal reason and by a range of removal dates, the counter following', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', { pending: 0 });
    const total = await shownCount(page);
    const [a, b, c] = await rowIds(page, 3);
    await removeMember(page, a!, '10.02.2026', 'own-will');
    await removeMember(page, b!, '20.05.2026', 'retired');
    await removeMember(page, c!, '15.09.2026', 'retired');
    await expect
      .poll(() => page.getAttribute('[data-testid=member-count]', 'data-active').then(Number), WAIT)
      .toBe(total - 3);

    // the two columns, hidden until asked for, shown through «Вид» (and pinned: a column
    // shown far right would not be rendered in this window)
    await page.click('[data-testid=view-menu]');
    for (const col of ['r:leftOn', 'r:leftReason']) {
      const item = `[data-testid=view-panel] li[data-col="${col}"]`;
      await page.click(`${item} [data-testid=view-visible]`);
      await page.click(`${item} [data-testid=view-pin]`);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.ag-floating-filter[col-id="r:leftReason"] input');

    // by reason, as the reason reads
    await page.fill('.ag-floating-filter[col-id="r:leftReason"] input', 'выход на пенсию');
    await expect.poll(() => shownCount(page), WAIT).toBe(2);
    expect(await columnTexts(page, 'r:leftReason')).toEqual(['выход на пенсию', 'выход на пенсию']);
    await expect
      .poll(() => page.textContent('[data-testid=member-count]'), WAIT)
      .toContain(`2 из ${total}`);
    await page.fill('.ag-floating-filter[col-id="r:leftReason"] input', '');
    await expect.poll(() => shownCount(page), WAIT).toBe(total);

    // by a range of dates: «Между» in the column's filter menu
    await page.click('.ag-floating-filter[col-id="r:leftOn"] .ag-floating-filter-button button');
    await page.waitForSelector('.ag-filter');
    await page.click('.ag-filter .ag-filter-select .ag-picker-field-wrapper');
    await page.click('.ag-select-list .ag-list-item:has-text("Между")');
    const boxes = page.locator('.ag-filter .ag-filter-body input:visible');
    await expect.poll(() => boxes.count(), WAIT).toBe(2);
    await boxes.nth(0).fill('01.05.2026');
    await boxes.nth(1).fill('30.09.2026');
    await expect.poll(() => shownCount(page), WAIT).toBe(2);
    expect((await columnTexts(page, 'r:leftOn')).sort()).toEqual(['15.09.2026', '20.05.2026']);
    await boxes.nth(0).fill('01.01.2026');
    await expect.poll(() => shownCount(page), WAIT).toBe(3);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: '/tmp/record-columns-filter.png' });
    await ctx.close();
  }, 300_000);
});
