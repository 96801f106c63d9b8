// The member list on a school PC's 1366×768 screen: the organization bar and the member
// toolbar keep every label whole on their lines (another person's chip beside the tabs
// included), every menu closes on Esc, undo survives a visit to the passport tab, adding
// a custom column keeps the sort, and a paste leaves the pasted cells selected.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import {
  cell,
  cellText,
  editCell,
  focusCell,
  paste,
  rowIds,
  waitForCell,
} from './harness/browser.ts';

const SCHOOL_PC = { width: 1366, height: 768 };

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

function open(user = 'demo-school4'): Promise<[BrowserContext, Page]> {
  return openAs(browser, app, user, 'school-004', { context: { viewport: SCHOOL_PC } });
}

/** Column ids of the grid's sorted columns with their direction. */
const sortState = (page: Page) =>
  page.$$eval('.ag-header-cell[aria-sort]:not(.ag-floating-filter)', (els) =>
    els
      .filter((e) => e.getAttribute('aria-sort') !== 'none')
      .map((e) => `${e.getAttribute('col-id')}:${e.getAttribute('aria-sort')}`),
  );

describe('the member list at 1366×768', () => {
  it('keeps every label of the organization bar and the toolbar whole, the toolbar in two rows', async () => {
    const [ctxOther] = await open('demo-city');
    const [ctx, page] = await open();
    // Someone else in the organization: their chip sits beside the tabs.
    await page.waitForSelector('[data-testid=presence-user]');
    for (const locale of ['ru', 'en']) {
      if (locale === 'en') {
        await page.click('[data-testid=locale-switch]');
        await page.waitForSelector('[data-testid=tab-members]:has-text("Members")');
      }
      const layout = await page.evaluate(() => {
        const labels = [
          ...document.querySelectorAll('.bar a, .bar button, .toolbar button, .toolbar .count'),
        ].filter((e) => e.getBoundingClientRect().width > 0);
        const toolbar = document.querySelector('[data-testid=add-member]')!.parentElement!;
        const rows = new Set(
          [...toolbar.querySelectorAll('button')]
            .filter((b) => b.getBoundingClientRect().width > 0)
            .map((b) => Math.round(b.getBoundingClientRect().top)),
        );
        return {
          // A label broken over two lines is taller than one line; a cut one is wider inside.
          broken: labels
            .filter(
              (e) => e.getBoundingClientRect().height > 40 || e.scrollWidth > e.clientWidth + 1,
            )
            .map((e) => e.textContent?.trim()),
          toolbarRows: rows.size,
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      expect(layout).toEqual({ broken: [], toolbarRows: 2, pageWidth: SCHOOL_PC.width });
      await page.screenshot({ path: `/tmp/school-pc-toolbar-${locale}.png` });
    }
    await ctx.close();
    await ctxOther.close();
  });

  it('closes «Вид», the help, tasks and user menus and a column filter on Esc', async () => {
    const [ctx, page] = await open();
    const menus: [string, string][] = [
      ['[data-testid=view-menu]', '[data-testid=view-panel]'],
      ['[data-testid=help-menu]', '[data-testid=help-here]'],
      ['[data-testid=tasks-button]', '[data-testid=tasks-panel]'],
      ['[data-testid=user-menu]', '[data-testid=logout]'],
      ['.ag-floating-filter[col-id=birthDate] .ag-floating-filter-button button', '.ag-filter'],
    ];
    for (const [button, panel] of menus) {
      await page.click(button);
      await page.waitForSelector(panel);
      await page.keyboard.press('Escape');
      await page.waitForSelector(panel, { state: 'detached' });
    }
    await ctx.close();
  });

  it('undoes an edit made before a visit to the passport tab', async () => {
    const [ctx, page] = await open();
    const [r0] = await rowIds(page, 1);
    const before = await cellText(page, r0!, 'position');
    await editCell(page, r0!, 'position', 'завуч');
    await page.click('[data-testid=tab-passport]');
    await page.waitForSelector('[data-testid=passport-completeness]');
    await page.click('[data-testid=tab-members]');
    await waitForCell(page, r0!, 'position', 'завуч');
    await page.click('[data-testid=undo]:not([disabled])');
    await waitForCell(page, r0!, 'position', before);
    await ctx.close();
  });

  it('keeps the sort when a custom column is added', async () => {
    const [ctx, page] = await open();
    const birth =
      '.ag-header-cell[col-id=birthDate]:not(.ag-floating-filter) .ag-header-cell-label';
    await page.click(birth);
    await page.click(birth);
    await expect.poll(() => sortState(page)).toEqual(['birthDate:descending']);
    const order = await rowIds(page, 10);
    await page.click('[data-testid="columns-manage"]');
    await page.fill('[data-testid="column-name"]', 'Стаж');
    await page.click('[data-testid="column-submit"]');
    await page.waitForSelector('[data-testid="columns-dialog"] li[data-column-name="Стаж"]');
    await page.click('[data-testid="columns-close"]');
    // The new column sits far right, beyond the rendered headers: «Вид» lists the grid's columns.
    await page.click('[data-testid=view-menu]');
    await page.waitForSelector('[data-testid=view-panel] li[data-col^="c:"]');
    await page.keyboard.press('Escape');
    expect(await sortState(page)).toEqual(['birthDate:descending']);
    expect(await rowIds(page, 10)).toEqual(order);
    await ctx.close();
  });

  it('selects the pasted cells after a paste', async () => {
    const [ctx, page] = await open();
    const [, r1, r2] = await rowIds(page, 3);
    await focusCell(page, r1!, 'position');
    await paste(page, 'вахтёр\tработающий\r\nсторож\tработающий\r\n');
    await waitForCell(page, r2!, 'position', 'сторож');
    await expect.poll(() => page.locator('.ag-cell.pg-selected').count()).toBe(4);
    for (const r of [r1!, r2!]) {
      for (const col of ['position', 'category']) {
        expect(await page.getAttribute(cell(r, col), 'class')).toContain('pg-selected');
      }
    }
    await ctx.close();
  });
});
