// A file loaded into the committee's acceptance table: an XLSX saved by LibreOffice Calc
// (a title and a blank row above the header, columns in another order, one the table does
// not have). Rows of organizations the table has are updated, an organization outside the
// city's subtree is flagged, a bad choice and an impossible date are reported as B5 and C5
// (the file's own cells) and go in as written, flagged in the grid.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { cell, cellText, waitForCell, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const work = mkdtempSync(join(tmpdir(), 'profgrid-table-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Set PG_SHOTS to a folder to keep screenshots of the preview (never committed). */
const shots = process.env['PG_SHOTS'];

const TABLE = 'belgorod-acceptance-2020';
const ROWS = [
  ['Итоги приёмки 2020 года', '', '', ''],
  ['', '', '', ''],
  ['Учреждение', 'Результат приёмки', 'Видеонаблюдение: устранить до', 'Примечание'],
  ['Школа № 47', 'принято с отличием', '01.09.2020', 'без замечаний'],
  ['Школа № 5', 'отложено', '31.02.2020', ''],
  ['Белгородская региональная организация Профсоюза', 'принято', '', ''],
];

/** The file as LibreOffice Calc saves it (column C as Д/М/Г dates). */
function calcXlsx(): string {
  const csv = join(work, 'acceptance.csv');
  writeFileSync(csv, ROWS.map((r) => r.join(';')).join('\n') + '\n');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--infilter=CSV:59,34,76,1,1/2/2/2/3/4/4/2',
      '--convert-to',
      'xlsx',
      '--outdir',
      work,
      csv,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  const path = join(work, 'acceptance.xlsx');
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  return path;
}

let file = '';
// LibreOffice takes a while to start on a loaded machine: the file is made before the test.
beforeAll(() => {
  file = calcXlsx();
}, 180_000);

/** Clicks `selector`, waits for the download: its file name and lines (BOM and CRLF off). */
async function downloaded(page: Page, selector: string) {
  const download = page.waitForEvent('download');
  await page.click(selector);
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: file.suggestedFilename(), lines: text.slice(1).trimEnd().split('\r\n') };
}

describe('committee tables: file import', () => {
  it('loads an XLSX made by LibreOffice: good rows in, bad cells reported, flagged and downloadable; one undo step', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/table/${TABLE}`);
    await page.waitForSelector('[data-testid="table-grid"] .ag-row[row-id]', { timeout: 90_000 });
    await waitForSyncState(page, 'online', 0);
    const total = Number(await page.getAttribute('[data-testid="table-count"]', 'data-total'));
    // Rows of the demo table are keyed by the institution's organization id.
    const school47 = 'school-043';
    const school5 = 'school-005';

    // School 47's fix-by date before the file (the undo must bring it back).
    await page.fill('[data-testid="table-search"]', 'Школа № 47');
    await page.waitForSelector(cell(school47, 'c:video-fix'));
    const before47 = await cellText(page, school47, 'c:video-fix');
    expect(before47).not.toBe('01.09.2020');
    await page.fill('[data-testid="table-search"]', '');

    await page.click('[data-testid="table-file-menu"]');
    await page.waitForSelector('[data-testid="table-import"]:not([disabled])');
    await page.keyboard.press('Escape');
    await page.setInputFiles('[data-testid="table-import-file"]', file);
    await page.waitForSelector('[data-testid="table-import-dialog"][open]');
    expect(await page.innerText('[data-testid="table-import-columns"]')).toContain(
      'Строка заголовков — 3',
    );
    expect(await page.innerText('[data-testid="table-import-unmapped"]')).toContain('Примечание');
    expect(await page.innerText('[data-testid="table-import-counts"]')).toBe(
      'Строк будет добавлено: 1, обновлено: 2. Ячеек с ошибками: 3.',
    );
    const cells = await page.$$eval('[data-testid="table-import-issues"] tr[data-cell]', (rows) =>
      rows.map((r) => r.getAttribute('data-cell')),
    );
    expect(cells).toEqual(['B5', 'C5', 'A6']);
    expect(
      await page.innerText('[data-testid="table-import-issues"] tr[data-cell="A6"]'),
    ).toContain('Организация не найдена среди подчинённых');
    if (shots) await page.screenshot({ path: join(shots, 'table-import-preview.png') });
    // The bad cells download as a file: the file's row, column letter, value and reason.
    const report = await downloaded(page, '[data-testid="table-import-report"]');
    expect(report.name).toBe('acceptance — ошибки загрузки.csv');
    expect(report.lines).toEqual([
      'Строка файла;Столбец файла;Столбец таблицы;Значение;Причина',
      expect.stringMatching(/^5;B;Результат приёмки;отложено;.+/),
      expect.stringMatching(/^5;C;.*;31\.02\.2020;.+/),
      expect.stringMatching(
        /^6;A;Учреждение;Белгородская региональная организация Профсоюза;Организация не найдена среди подчинённых/,
      ),
    ]);

    await page.click('[data-testid="table-import-apply"]');
    expect(await page.innerText('[data-testid="table-notice"]')).toContain('добавлено строк — 1');
    // Rows are virtualised: each is brought into view by search first.
    await page.fill('[data-testid="table-search"]', 'Школа № 47');
    await waitForCell(page, school47, 'c:result', 'принято с отличием');
    await waitForCell(page, school47, 'c:video-fix', '01.09.2020');
    await page.fill('[data-testid="table-search"]', 'отложено');
    await waitForCell(page, school5, 'c:result', 'отложено');
    await page.waitForSelector(`${cell(school5, 'c:result')}.pg-invalid`);
    await page.fill('[data-testid="table-search"]', '');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="table-count"]')?.getAttribute('data-total') ===
        String(n),
      total + 1,
    );
    await waitForSyncState(page, 'online', 0);
    if (shots) await page.screenshot({ path: join(shots, 'table-import-done.png') });
    // After the import, the same report from the result line.
    const after = await downloaded(page, '[data-testid="table-import-result-report"]');
    expect(after.lines).toEqual(report.lines);

    // One Ctrl+Z takes the whole file back (the added row and both updates), a redo
    // brings it back; the toolbar's buttons do the same.
    const rowsAre = (n: number) =>
      page.waitForFunction(
        (want) =>
          document.querySelector('[data-testid="table-count"]')?.getAttribute('data-total') ===
          String(want),
        n,
      );
    await page.fill('[data-testid="table-search"]', 'Школа № 47');
    await page.click(cell(school47, 'c:result'));
    await page.keyboard.press('Control+z');
    await rowsAre(total);
    await waitForCell(page, school47, 'c:video-fix', before47);
    await page.click('[data-testid="table-redo"]');
    await rowsAre(total + 1);
    await waitForCell(page, school47, 'c:video-fix', '01.09.2020');
    await page.click('[data-testid="table-undo"]');
    await rowsAre(total);
    await waitForCell(page, school47, 'c:video-fix', before47);
    expect(await page.isDisabled('[data-testid="table-undo"]')).toBe(true);
    await page.click(cell(school47, 'c:result'));
    await page.keyboard.press('Control+y');
    await rowsAre(total + 1);
    await waitForCell(page, school47, 'c:video-fix', '01.09.2020');
    await waitForSyncState(page, 'online', 0);
    await ctx.close();
  }, 240_000);
});
