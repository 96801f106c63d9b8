// Spreadsheet editing of the member grid in headless Chromium: a copied block pastes back
// into the grid cell for cell; a TSV block with a quoted multi-line cell creates members
// and is one undo step; Ctrl+Z after a collaborator's edit arrived reverts only our edit,
// in both tabs.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login, openAs } from './harness/auth.ts';
import {
  cell,
  cellText,
  editCell,
  focusCell,
  openOrg,
  rowIds,
  waitForCell,
  waitForSyncState,
  paste,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

function chair(user = 'demo-school4'): Promise<[BrowserContext, Page]> {
  return openAs(browser, app, user, 'school-004', {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
}

/** A school PC's screen. */
const SCHOOL_PC = { width: 1366, height: 768 };

/** Console errors and uncaught exceptions the page logs from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Where the focused cell lies against the rows' room: between the header's bottom and the
 * top of the grid's horizontal scrollbar (which must be showing for this to mean anything).
 */
async function focusedCellPlace(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement?.closest('.ag-cell');
    const grid = focused?.closest('.ag-root');
    const header = grid?.querySelector('.ag-header')?.getBoundingClientRect();
    const scroll = grid?.querySelector('.ag-body-horizontal-scroll');
    if (!focused || !header || !scroll) return null;
    const c = focused.getBoundingClientRect();
    const s = scroll.getBoundingClientRect();
    return {
      rowIndex: Number(focused.closest('.ag-row')?.getAttribute('row-index')),
      inView: c.top >= header.bottom && c.bottom <= s.top && c.bottom <= innerHeight,
      scrollbarShown: s.height > 0 && !scroll.classList.contains('ag-hidden'),
      cell: [c.top, c.bottom],
      rowsRoom: [header.bottom, s.top],
    };
  });
}

async function total(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid=member-count]', 'data-total'));
}

describe('grid editing', () => {
  it('copies a selected block as TSV and pastes it back cell for cell', async () => {
    const [ctx, page] = await chair();
    const [r0, r1, r2, r3] = await rowIds(page, 4);
    await editCell(page, r0!, 'position', 'Учитель\tистории');
    await editCell(page, r1!, 'position', 'Повар "первой" категории');
    await focusCell(page, r0!, 'position');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.ag-cell.pg-selected').count()).toBe(4);
    await page.screenshot({ path: '/tmp/grid-selection.png' });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const category0 = await cellText(page, r0!, 'category');
    const category1 = await cellText(page, r1!, 'category');
    expect(copied).toBe(
      `"Учитель\tистории"\t${category0}\r\n"Повар ""первой"" категории"\t${category1}\r\n`,
    );
    await focusCell(page, r2!, 'position');
    await page.keyboard.press('Control+V');
    await waitForCell(page, r2!, 'position', 'Учитель\tистории');
    await waitForCell(page, r3!, 'position', 'Повар "первой" категории');
    expect(await cellText(page, r2!, 'category')).toBe(category0);
    expect(await cellText(page, r3!, 'category')).toBe(category1);
    await ctx.close();
  });

  it('pastes a TSV block with a quoted multi-line cell past the last row as new members, one undo step', async () => {
    const [ctx, page] = await chair();
    const before = await total(page);
    const [first] = await rowIds(page, 1);
    await focusCell(page, first!, 'surname');
    await page.keyboard.press('Control+ArrowDown');
    const last = await page.evaluate(() =>
      document.activeElement?.closest('.ag-row')?.getAttribute('row-id'),
    );
    expect(last).toBeTruthy();
    const lastSurname = await cellText(page, last!, 'surname');
    await paste(
      page,
      'Яковлева\tИрина\tПетровна\t05.03.1990\tженский\r\n' +
        'Янов\t"Пётр\nПавлович"\t\t31.02.1985\tмужской\r\n' +
        'Юдина\tАнна\t\t\tженский\r\n',
    );
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid=member-count]')?.getAttribute('data-total') ===
        String(n),
      before + 2,
    );
    expect(await cellText(page, last!, 'surname')).toBe('Яковлева');
    const added = await page.evaluate(() =>
      [...document.querySelectorAll('.ag-cell[col-id=surname]')].map((c) => c.textContent?.trim()),
    );
    expect(added).toEqual(expect.arrayContaining(['Янов', 'Юдина']));
    // The invalid date is kept as typed and flagged.
    const yanov = page.locator('.ag-row', {
      has: page.locator('.ag-cell[col-id=surname]', { hasText: 'Янов' }),
    });
    await expect(
      yanov.locator('.ag-cell[col-id=birthDate]').getAttribute('class'),
    ).resolves.toContain('pg-invalid');
    await page.click('[data-testid=undo]');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid=member-count]')?.getAttribute('data-total') ===
        String(n),
      before,
    );
    await waitForCell(page, last!, 'surname', lastSurname);
    await ctx.close();
  });

  it('undoes only our edit after a collaborator edit arrived, in both grids', async () => {
    const [ctxA, a] = await chair();
    const [ctxB, b] = await chair();
    const [r0, r1] = await rowIds(a, 2);
    const oldA = await cellText(a, r0!, 'phone');
    await editCell(a, r0!, 'phone', '+7 900 000-00-01');
    await waitForCell(b, r0!, 'phone', '+7 900 000-00-01');
    await editCell(b, r1!, 'notes', 'правка B');
    await waitForCell(a, r1!, 'notes', 'правка B');
    await a.click(cell(r1!, 'position'));
    await a.keyboard.press('Control+Z');
    for (const page of [a, b]) {
      await waitForCell(page, r0!, 'phone', oldA);
      expect(await cellText(page, r1!, 'notes')).toBe('правка B');
    }
    await a.keyboard.press('Control+Shift+Z');
    await waitForCell(b, r0!, 'phone', '+7 900 000-00-01');
    await ctxA.close();
    await ctxB.close();
  });

  it('fills down with Ctrl+D and clears with Delete, each one undo step', async () => {
    const [ctx, page] = await chair();
    const [r0, r1, r2] = await rowIds(page, 3);
    const before = [
      await cellText(page, r0!, 'position'),
      await cellText(page, r1!, 'position'),
      await cellText(page, r2!, 'position'),
    ];
    await editCell(page, r0!, 'position', 'библиотекарь');
    await waitForCell(page, r0!, 'position', 'библиотекарь');
    // Enter has moved the focus down: only now click back, so that move cannot come after.
    await page.waitForSelector(`${cell(r1!, 'position')}.ag-cell-focus`);
    await focusCell(page, r0!, 'position');
    // Each key's selection before the next key (it is drawn by a cell refresh).
    await page.keyboard.press('Shift+ArrowDown');
    await page.waitForSelector(`${cell(r1!, 'position')}.pg-selected`);
    await page.keyboard.press('Shift+ArrowDown');
    await page.waitForSelector(`${cell(r2!, 'position')}.pg-selected`);
    await page.keyboard.press('Control+D');
    await waitForCell(page, r2!, 'position', 'библиотекарь');
    expect(await cellText(page, r1!, 'position')).toBe('библиотекарь');
    await page.keyboard.press('Delete');
    for (const r of [r0!, r1!, r2!]) await waitForCell(page, r, 'position', '');
    await page.keyboard.press('Control+Z');
    for (const r of [r0!, r1!, r2!]) await waitForCell(page, r, 'position', 'библиотекарь');
    await page.keyboard.press('Control+Z');
    await waitForCell(page, r1!, 'position', before[1]!);
    await waitForCell(page, r2!, 'position', before[2]!);
    expect(await cellText(page, r0!, 'position')).toBe('библиотекарь');
    await ctx.close();
  });

  it('lets a viewer copy but not paste, delete or fill', async () => {
    const [ctx, page] = await chair('demo-viewer');
    await page.waitForSelector('[data-testid="read-only"]');
    const [r0, r1] = await rowIds(page, 2);
    const surname = await cellText(page, r0!, 'surname');
    await focusCell(page, r0!, 'surname');
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${surname}\r\n`);
    await focusCell(page, r1!, 'surname');
    const other = await cellText(page, r1!, 'surname');
    await paste(page, 'Взлом');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+D');
    expect(await cellText(page, r1!, 'surname')).toBe(other);
    expect(await page.locator('[data-testid=undo]').count()).toBe(0);
    await ctx.close();
  });

  it('searches all columns in Russian (ё = е) and filters a column', async () => {
    const [ctx, page] = await chair();
    const all = await total(page);
    await page.fill('[data-testid=member-search]', 'ВОРОБЬЕВА');
    await page.waitForFunction(() => document.querySelectorAll('.ag-row[row-id]').length < 10);
    const surnames = await page.$$eval('.ag-cell[col-id=surname]', (cells) =>
      cells.map((c) => c.textContent?.trim() ?? ''),
    );
    expect(surnames.length).toBeGreaterThan(0);
    for (const s of surnames) expect(s.replace('ё', 'е')).toBe('Воробьева');
    await page.fill('[data-testid=member-search]', '');
    // By the column's id: a date column's floating filter holds two inputs, so counting
    // inputs lands on another column.
    await page.locator('.ag-floating-filter[col-id=gender] input').fill('мужской');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ag-cell[col-id=gender]')].every(
        (c) => c.textContent?.trim() === 'мужской',
      ),
    );
    await page.screenshot({ path: '/tmp/grid-filter.png' });
    expect(await total(page)).toBe(all);
    await ctx.close();
  });

  it('navigates and edits like a spreadsheet: type-to-edit, Enter down, Tab right, F2, Esc', async () => {
    const [ctx, page] = await chair();
    const [r0, r1] = await rowIds(page, 2);
    const focused = () =>
      page.evaluate(() => {
        const c = document.activeElement?.closest('.ag-cell');
        return `${c?.closest('.ag-row')?.getAttribute('row-id')}/${c?.getAttribute('col-id')}`;
      });
    await focusCell(page, r0!, 'position');
    // Latin keys: Playwright types Cyrillic as text input without key events.
    await page.keyboard.type('Director');
    await page.keyboard.press('Enter');
    await waitForCell(page, r0!, 'position', 'Director');
    expect(await focused()).toBe(`${r1}/position`);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${r1}/category`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(`${r0}/position`);
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.type(' школы');
    await page.keyboard.press('Escape');
    // Esc closes the editor on the grid's next frame; read the cell once it has.
    await page.waitForSelector('.ag-cell-inline-editing', { state: 'detached' });
    expect(await cellText(page, r0!, 'position')).toBe('Director');
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.type(' школы');
    await page.keyboard.press('Enter');
    await waitForCell(page, r0!, 'position', 'Director школы');
    await ctx.close();
  });

  it('selects a rectangle by mouse drag and extends it with Shift+click', async () => {
    // The selection follows pointer and focus events a frame later: wait for each count.
    const [ctx, page] = await chair();
    const [r0, , r2, r3] = await rowIds(page, 4);
    const from = (await page.locator(cell(r0!, 'name')).boundingBox())!;
    const to = (await page.locator(cell(r2!, 'birthDate')).boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 10, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.ag-cell.pg-selected').count()).toBe(9);
    await page.click(cell(r3!, 'birthDate'), { modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.ag-cell.pg-selected').count()).toBe(12);
    await focusCell(page, r3!, 'gender');
    await expect.poll(() => page.locator('.ag-cell.pg-selected').count()).toBe(0);
    await ctx.close();
  });

  it('opens an organization page and a committee table without a console error', async () => {
    const ctx = await browser.newContext({ viewport: SCHOOL_PC });
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    const errors = consoleErrors(page);
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online');
    // The date column's filter menu and the search (the quick filter) take their modules.
    await page.click('.ag-floating-filter[col-id=birthDate] .ag-floating-filter-button button');
    await page.waitForSelector('.ag-filter');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.ag-filter', { state: 'detached' });
    await page.fill('[data-testid=member-search]', 'Воробьева');
    await page.waitForFunction(() => document.querySelectorAll('.ag-row[row-id]').length < 10);
    await page.goto(`${app.url}/table/belgorod-acceptance-2020`);
    await page.waitForSelector('[data-testid="table-grid"] .ag-row[row-id]');
    await waitForSyncState(page, 'online');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('filters a date column by a day typed as ДД.ММ.ГГГГ, whatever the browser’s language', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', { pending: 0 });
    const [first] = await rowIds(page, 1);
    const birth = await cellText(page, first!, 'birthDate');
    const box = page.locator('.ag-floating-filter[col-id=birthDate] input:not([disabled])');
    expect(await box.getAttribute('type')).toBe('text');
    // In capitals, as every other date hint of the app (forms, errors, help).
    expect(await box.getAttribute('placeholder')).toBe('ДД.ММ.ГГГГ');
    await box.fill(birth);
    await page.waitForFunction((day) => {
      const cells = [...document.querySelectorAll('.ag-row[row-id] .ag-cell[col-id=birthDate]')];
      return cells.length > 0 && cells.every((c) => c.textContent?.trim() === day);
    }, birth);
    await box.fill('');
    await page.waitForFunction(() => document.querySelectorAll('.ag-row[row-id]').length > 10);
    await ctx.close();
  });

  it('at 1366×768 keeps the row keyboard moves to, and a row being added, above the horizontal scrollbar', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', {
      context: { viewport: SCHOOL_PC },
    });
    const shown = Number(await page.getAttribute('[data-testid=member-count]', 'data-shown'));
    const [first] = await rowIds(page, 1);
    await focusCell(page, first!, 'surname');
    await page.keyboard.press('Control+ArrowDown');
    // The grid scrolls a frame after the focus moves: wait for where it settles.
    await expect
      .poll(() => focusedCellPlace(page))
      .toMatchObject({ rowIndex: shown - 1, inView: true, scrollbarShown: true });
    await page.screenshot({ path: '/tmp/grid-1366-last-row.png' });
    // Down one row at a time from the top, past the bottom of the first screen.
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => focusedCellPlace(page)).toMatchObject({ rowIndex: 0, inView: true });
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedCellPlace(page)).toMatchObject({ rowIndex: 25, inView: true });
    await page.click('[data-testid=add-member]');
    await page.waitForSelector('.ag-cell-inline-editing[col-id=surname]');
    await expect.poll(() => focusedCellPlace(page)).toMatchObject({ inView: true });
    await page.keyboard.press('Escape');
    await ctx.close();
  });
});
