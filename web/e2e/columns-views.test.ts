// Custom columns, saved views and export of the current view, in real Chromium against
// the real app: a column added by one chair appears in a co-editor's grid and values
// merge; a view (hidden, pinned, order) survives a reload and opens on another computer;
// an export holds only the shown rows and columns, with real dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/universal';
import { readXlsxTable } from '../src/lib/features/import-export/xlsx.ts';
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
} from './harness/browser.ts';

/** Wide enough that custom columns after the 15 built-in ones are rendered (not virtualized). */
const WIDE = { width: 3400, height: 900 };
/** A column's header cell (not its floating filter). */
const header = (colId: string) => `.ag-header-cell[col-id="${colId}"]:not(.ag-floating-filter)`;

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

function chairPage(login_: string, orgId: string): Promise<[BrowserContext, Page]> {
  return openAs(browser, app, login_, orgId, {
    context: { viewport: WIDE, acceptDownloads: true },
    pending: 0,
  });
}

/** Adds a custom column through the dialog; returns its grid column id (`c:<id>`). */
async function addColumn(page: Page, name: string, type: string, choices: string[] = []) {
  await page.click('[data-testid="columns-manage"]');
  await page.fill('[data-testid="column-name"]', name);
  await page.selectOption('[data-testid="column-type"]', type);
  if (choices.length > 0) await page.fill('[data-testid="column-choices"]', choices.join('\n'));
  await page.click('[data-testid="column-submit"]');
  const item = page.locator(`[data-testid="columns-dialog"] li[data-column-name="${name}"]`);
  const id = await item.getAttribute('data-column-id');
  await page.click('[data-testid="columns-close"]');
  const colId = `c:${id}`;
  await page.waitForSelector(header(colId));
  return colId;
}

/** Column ids of the rendered headers (pinned and scrolling), left to right. */
const headerIds = (page: Page) =>
  page.$$eval('.ag-header-cell[col-id]:not(.ag-floating-filter)', (els) =>
    els
      .map((e) => ({ id: e.getAttribute('col-id')!, x: e.getBoundingClientRect().x }))
      .sort((a, b) => a.x - b.x)
      .map((e) => e.id),
  );
const PINNED_LEFT = '.ag-grid-pinned-left-cells';

describe('custom columns', () => {
  it('a column added by one chair appears in the other tab; values and edits merge', async () => {
    const [ctxA, a] = await chairPage('demo-school4', 'school-004');
    const [ctxB, b] = await chairPage('demo-school4', 'school-004');
    const colId = await addColumn(a, 'Секция', 'choice', ['Лыжи', 'Футбол']);
    await b.waitForSelector(header(colId));
    expect(await b.textContent(header(colId))).toContain('Секция');

    const [first] = await rowIds(b, 1);
    // B picks a choice in the select editor while A edits another field of the same member.
    await b.locator(cell(first!, colId)).dblclick();
    await b.click(`${cell(first!, colId)} .ag-picker-field-wrapper`);
    await b.locator('.ag-list-item', { hasText: 'Футбол' }).first().click();
    await b.keyboard.press('Enter');
    await editCell(a, first!, 'position', 'Учитель физкультуры');
    for (const page of [a, b]) {
      await waitForCell(page, first!, colId, 'Футбол');
      await waitForCell(page, first!, 'position', 'Учитель физкультуры');
    }

    // A value outside the choices is kept and flagged with the reason.
    const numberCol = await addColumn(a, 'Стаж', 'number');
    await editCell(a, first!, numberCol, 'много');
    await b.waitForSelector(`${cell(first!, numberCol)}.pg-invalid`);
    expect(await cellText(b, first!, numberCol)).toBe('много');

    // A viewer does not get the action.
    const [ctxV, v] = await chairPage('demo-viewer', 'school-004');
    await v.waitForSelector(header(colId));
    expect(await v.locator('[data-testid="columns-manage"]').count()).toBe(0);
    await Promise.all([ctxA.close(), ctxB.close(), ctxV.close()]);
  });
});

describe('saved views', () => {
  it('hidden, pinned and moved columns survive a reload and open on another computer', async () => {
    const [ctx, page] = await chairPage('demo-school5', 'school-005');
    await page.click('[data-testid="view-menu"]');
    await page.uncheck(
      '[data-testid="view-panel"] li[data-col="phone"] [data-testid="view-visible"]',
    );
    await page.click('[data-testid="view-panel"] li[data-col="position"] [data-testid="view-pin"]');
    await page.click('[data-testid="view-menu"]');
    // Move «Пол» left of «Отчество» by dragging its header, in small steps as a hand does
    // (AG Grid starts a drag past a threshold and moves the column on later moves).
    const from = (await page.locator(`${header('gender')} .ag-header-cell-label`).boundingBox())!;
    const to = (await page.locator(`${header('patronymic')} .ag-header-cell-label`).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    const wanted = (ids: string[]) =>
      ids.indexOf('gender') < ids.indexOf('patronymic') && !ids.includes('phone');
    // The grid applies the move and the hide on its own frames: wait for the layout.
    await expect.poll(async () => wanted(await headerIds(page))).toBe(true);
    // Saved on the server (the debounce has passed when the GET sees it).
    await expect
      .poll(async () => {
        const res = await ctx.request.get(`${app.url}/api/me/views/school-005`);
        if (res.status() !== 200) return null;
        const view = (await res.json()) as { columns: { colId: string; hide: boolean }[] };
        return view.columns.find((c) => c.colId === 'phone')?.hide ?? null;
      })
      .toBe(true);
    await expect
      .poll(async () => {
        const res = await ctx.request.get(`${app.url}/api/me/views/school-005`);
        const view = (await res.json()) as { columns: { colId: string }[] };
        const ids = view.columns.map((c) => c.colId);
        return ids.indexOf('gender') < ids.indexOf('patronymic');
      })
      .toBe(true);

    const check = async (p: Page) => {
      await p.waitForSelector(`${PINNED_LEFT} ${header('position')}`);
      await expect.poll(async () => wanted(await headerIds(p))).toBe(true);
    };
    await page.reload();
    await page.waitForSelector('.ag-row[row-id]');
    await check(page);

    // Another computer: a fresh browser context, same user.
    const ctx2 = await browser.newContext({ viewport: WIDE });
    await login(ctx2, app, 'demo-school5');
    const other = await ctx2.newPage();
    await openOrg(other, app.url, 'school-005');
    await check(other);

    // Reset: the default layout comes back, and the server forgets the view.
    await other.click('[data-testid="view-menu"]');
    await other.click('[data-testid="view-reset"]');
    await other.waitForSelector(header('phone'));
    expect(await other.locator(`${PINNED_LEFT} ${header('position')}`).count()).toBe(0);
    expect((await ctx2.request.get(`${app.url}/api/me/views/school-005`)).status()).toBe(204);
    await Promise.all([ctx.close(), ctx2.close()]);
  });
});

describe('export of the current view', () => {
  it('holds only the shown rows and columns in displayed order, custom columns and real dates included', async () => {
    const [ctx, page] = await chairPage('demo-school4', 'school-004');
    const dateCol = await addColumn(page, 'Дата аттестации', 'date');
    const [first] = await rowIds(page, 1);
    const surname = await cellText(page, first!, 'surname');
    await editCell(page, first!, dateCol, '05.03.2024');
    await waitForCell(page, first!, dateCol, '05.03.2024');
    // Hide «Телефон», search for the surname.
    await page.click('[data-testid="view-menu"]');
    await page.uncheck(
      '[data-testid="view-panel"] li[data-col="phone"] [data-testid="view-visible"]',
    );
    await page.click('[data-testid="view-menu"]');
    await page.fill('[data-testid="member-search"]', surname);
    // The search leaves a handful of rows (all rendered): read them in displayed order.
    await page.waitForFunction(
      () =>
        new Set(
          [...document.querySelectorAll('.ag-row[row-id]')].map((r) => r.getAttribute('row-id')),
        ).size < 20,
    );
    const shownNames = await page.evaluate(() => {
      const text = (row: string, col: string) =>
        document
          .querySelector(`.ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`)
          ?.textContent?.trim() ?? '';
      const rows = new Map<string, number>();
      for (const r of document.querySelectorAll('.ag-row[row-id]')) {
        rows.set(r.getAttribute('row-id')!, Number(r.getAttribute('row-index')));
      }
      return [...rows.entries()]
        .sort((x, y) => x[1] - y[1])
        .map(([id]) => `${text(id, 'surname')}|${text(id, 'name')}|${text(id, 'patronymic')}`);
    });
    await page.waitForSelector('.ag-header-cell[col-id="phone"]', { state: 'detached' });
    const displayed = await headerIds(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-xlsx"]'),
    ]);
    const sheet = await readXlsxTable(
      new Uint8Array(readFileSync((await download.path())!)).buffer,
    );
    const header = sheet[0]!;
    expect(header).toHaveLength(displayed.length);
    expect(header[0]).toBe('Фамилия');
    expect(header).not.toContain('Телефон');
    expect(header[header.length - 1]).toBe('Дата аттестации');
    // Exactly the shown rows, in the shown order.
    const [iS, iN, iP] = ['Фамилия', 'Имя', 'Отчество'].map((h) => header.indexOf(h));
    expect(sheet.slice(1).map((r) => `${r[iS!]}|${r[iN!]}|${r[iP!]}`)).toEqual(shownNames);
    expect(shownNames[0]).toContain(surname);
    const dateIndex = header.indexOf('Дата аттестации');
    // A real date cell reads back as ISO (text would read back as typed).
    expect(sheet.slice(1).map((r) => r[dateIndex])).toContain('2024-03-05');
    await ctx.close();
  });
});

/** Searches the grid for a surname and returns the one row left. */
async function onlyRow(page: Page, surname: string): Promise<string> {
  await page.fill('[data-testid="member-search"]', surname);
  await page.waitForFunction((name) => {
    const rows = document.querySelectorAll('.ag-row[row-id]');
    const ids = new Set([...rows].map((r) => r.getAttribute('row-id')));
    const cell = document.querySelector('.ag-row[row-id] .ag-cell[col-id="surname"]');
    return ids.size === 1 && cell?.textContent?.trim() === name;
  }, surname);
  const [id] = await rowIds(page, 1);
  return id!;
}

describe('import into custom columns, and their cell history', () => {
  it('an XLSX whose headers name custom columns fills them; a bad value is imported as typed and flagged; history restores a custom cell', async () => {
    const [ctx, page] = await chairPage('demo-school5', 'school-005');
    const yesCol = await addColumn(page, 'Ветеран труда', 'yesno');
    const clubCol = await addColumn(page, 'Кружок', 'choice', ['Шахматы', 'Танцы']);
    const dateCol = await addColumn(page, 'Стаж с', 'date');
    const sheet = [
      ['Фамилия', 'Имя', 'Категория', 'ветеран труда', 'КРУЖОК', 'Стаж с'],
      [
        'Импортзначенова',
        'Вера',
        'работающий',
        'да',
        'шахматы',
        { value: new Date(Date.UTC(2001, 8, 1)), type: Date, format: 'dd.mm.yyyy' },
      ],
      ['Импортфлагов', 'Глеб', 'работающий', 'может быть', 'Танцы', '31.02.2001'],
    ] as unknown as Parameters<typeof writeXlsxFile>[0];
    const buffer = Buffer.from(await (await writeXlsxFile(sheet).toBlob()).arrayBuffer());

    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'custom.xlsx',
      mimeType: 'application/octet-stream',
      buffer,
    });
    await page.waitForSelector('[data-testid="import-dialog"][data-stage="preview"]');
    const mapping = await page.$$eval('[data-testid="mapping-select"]', (els) =>
      els.map((e) => (e as HTMLSelectElement).value),
    );
    expect(mapping).toEqual(['surname', 'name', 'category', yesCol, clubCol, dateCol]);
    expect(await page.getAttribute('[data-testid="import-flagged"]', 'data-count')).toBe('2');
    await page.screenshot({ path: '/tmp/custom-import-preview.png' });
    await page.click('[data-testid="import-confirm"]');
    await page.waitForSelector('[data-testid="import-dialog"][data-stage="report"]');
    const report = page.locator('[data-testid="import-report"]');
    expect(await report.getAttribute('data-added')).toBe('2');
    expect(await report.getAttribute('data-skipped')).toBe('0');
    expect(await report.getAttribute('data-flagged')).toBe('2');
    const flagged = await page.$$eval('[data-testid="report-flag"]', (els) =>
      els.map((e) => e.getAttribute('data-cell')),
    );
    expect(flagged.sort()).toEqual(['D3', 'F3']);
    // The file's own header names the cell, as the chair sees it in Excel.
    expect(await page.textContent('[data-testid="report-flag"][data-cell="D3"]')).toContain(
      'D3 ветеран труда: Нужно «Да» или «Нет»',
    );
    await page.screenshot({ path: '/tmp/custom-import-report.png' });
    await page.click('[data-testid="import-close"]');

    const vera = await onlyRow(page, 'Импортзначенова');
    expect(await cellText(page, vera, yesCol)).toBe('☑ Да');
    expect(await cellText(page, vera, clubCol)).toBe('Шахматы');
    expect(await cellText(page, vera, dateCol)).toBe('01.09.2001');
    const gleb = await onlyRow(page, 'Импортфлагов');
    expect(await cellText(page, gleb, yesCol)).toBe('может быть');
    expect(await cellText(page, gleb, dateCol)).toBe('31.02.2001');
    await page.waitForSelector(`${cell(gleb, yesCol)}.pg-invalid`);
    await page.waitForSelector(`${cell(gleb, dateCol)}.pg-invalid`);

    // History of a custom date cell: the column's name as title, values as ДД.ММ.ГГГГ.
    await editCell(page, gleb, dateCol, '05.03.2002');
    await waitForCell(page, gleb, dateCol, '05.03.2002');
    await focusCell(page, gleb, dateCol);
    await page.keyboard.press('Alt+H');
    const panel = page.locator('[data-testid=history-panel]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid=history-cell]').getAttribute('data-field')).toBe(
      dateCol,
    );
    expect(await panel.locator('[data-testid=history-title]').textContent()).toBe('Стаж с');
    const entries = panel.locator('[data-testid=history-entry]');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('.value').textContent()).toBe('05.03.2002');
    expect(await entries.nth(1).getAttribute('data-value')).toBe('31.02.2001');
    await page.screenshot({ path: '/tmp/custom-history.png' });
    await entries.nth(1).locator('[data-testid=history-restore]').click();
    await waitForCell(page, gleb, dateCol, '31.02.2001');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(0).getAttribute('data-current')).toBe('true');

    // The open panel follows the focus to the yes/no cell: Да / Нет, not the stored codes.
    await page.locator(cell(gleb, yesCol)).dblclick();
    await page.click(`${cell(gleb, yesCol)} .ag-picker-field-wrapper`);
    await page.locator('.ag-list-item', { hasText: 'Да' }).first().click();
    await page.keyboard.press('Enter');
    await waitForCell(page, gleb, yesCol, '☑ Да');
    await focusCell(page, gleb, yesCol);
    await page.waitForSelector(`[data-testid=history-cell][data-field="${yesCol}"]`);
    expect(await panel.locator('[data-testid=history-title]').textContent()).toBe('Ветеран труда');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.allTextContents()).toEqual([
      expect.stringContaining('Да'),
      expect.stringContaining('может быть'),
    ]);
    expect(await entries.nth(0).locator('.value').textContent()).toBe('Да');
    await ctx.close();
  });
});
