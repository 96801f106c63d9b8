// Lists as chairs really have them, imported in the browser: an XLSX saved by LibreOffice
// Calc with a title and a blank row above the headers, «№ п/п», «ФИО», «Дата рожд.»,
// «Пол (ж/м)», «№ профбилета» and no «Категория»; and a Windows-1251 CSV as Russian
// Excel writes it, with a blank row in the middle and abbreviations («жен.», «пенс.»).
// The XLSX is made by a real `soffice` run when LibreOffice is installed (.ci/run installs
// it), else written with the same title row by write-excel-file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/universal';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import {
  VIEWPORT,
  cellText,
  focusCell,
  openOrg,
  paste,
  rowIds,
  waitForSyncState,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const work = mkdtempSync(join(tmpdir(), 'profgrid-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TITLE = 'Список членов профсоюза МБОУ «СОШ № 5» на 01.12.2026';
const HEADER = ['№ п/п', 'ФИО', 'Дата рожд.', 'Пол (ж/м)', '№ профбилета', 'Должность'];
const PEOPLE = [
  ['1', 'Файлова Анна Петровна', '03.08.1963', 'ж', '0012345', 'учитель'],
  ['2', 'Мамедов Рашид Гусейн оглы', '31.02.1985', 'м', '0099', 'учитель'],
  ['3', 'Калькова Ольга Ивановна', '15.11.1990', 'жен.', '0000001', '=1+2'],
];

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** The list as LibreOffice Calc saves it: dates as date cells, card numbers as text. */
async function calcXlsx(): Promise<{ bytes: Buffer; by: string }> {
  const rows = [[TITLE, '', '', '', '', ''], ['', '', '', '', '', ''], HEADER, ...PEOPLE];
  if (hasSoffice()) {
    const csv = join(work, 'list.csv');
    writeFileSync(csv, rows.map((r) => r.join(';')).join('\n') + '\n');
    // CSV filter: «;», «"», UTF-8, from line 1; column 3 as Д/М/Г dates, 5 and 6 as text.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--infilter=CSV:59,34,76,1,1/1/2/2/3/4/4/2/5/2/6/2',
        '--convert-to',
        'xlsx',
        '--outdir',
        work,
        csv,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    return { bytes: readFileSync(join(work, 'list.xlsx')), by: 'soffice' };
  }
  const cells = rows.map((r) =>
    r.map((value, i) => {
      const m = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(value);
      if (i === 2 && m && value !== '31.02.1985') {
        const date = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
        return { value: date, type: Date, format: 'dd.mm.yyyy' };
      }
      return value === '' ? null : { value, type: String };
    }),
  ) as unknown as Parameters<typeof writeXlsxFile>[0];
  const blob = await writeXlsxFile(cells).toBlob();
  return { bytes: Buffer.from(await blob.arrayBuffer()), by: 'write-excel-file' };
}

/** Windows-1251 bytes of a text (the platform decodes 1251 but has no encoder). */
function cp1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => byChar.get(c) ?? 0x3f));
}

const stage = (page: Page, s: string) =>
  page.waitForSelector(`[data-testid="import-dialog"][data-stage="${s}"]`, { state: 'attached' });

async function findMember(page: Page, surname: string): Promise<string> {
  await page.fill('[data-testid="member-search"]', surname);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="member-count"]')?.getAttribute('data-shown') === '1',
  );
  return (await rowIds(page, 1))[0]!;
}

describe('import of real files', () => {
  it('an XLSX from LibreOffice with a title row: header row found, «ФИО» split, a category for all rows, file row numbers', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const xlsx = await calcXlsx();
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'список.xlsx',
      mimeType: 'application/octet-stream',
      buffer: xlsx.bytes,
    });
    await stage(page, 'preview');

    // The header row is row 3 of the file (below the title and a blank row).
    const headerRow = await page.$eval(
      '[data-testid="header-row"]',
      (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    expect(headerRow, xlsx.by).toMatch(/^3: № п\/п/);
    const mapping = await page.$$eval('[data-testid="mapping-select"]', (els) =>
      els.map((e) => (e as HTMLSelectElement).value),
    );
    expect(mapping).toEqual(['', 'fullName', 'birthDate', 'gender', 'cardNumber', 'position']);

    // No «Категория» column: the preview says so and offers one value for all rows.
    await page.waitForSelector('[data-testid="import-missing"][data-field="category"]');
    const summary = page.locator('[data-testid="import-summary"]');
    expect(await summary.getAttribute('data-added')).toBe('3');
    expect(await page.getAttribute('[data-testid="import-flagged"]', 'data-count')).toBe('4');
    await page.selectOption('[data-testid="import-default"]', 'working');
    await page.waitForSelector('[data-testid="import-flagged"][data-count="1"]');

    await page.click('[data-testid="import-confirm"]');
    await stage(page, 'report');
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-added')).toBe('3');
    // «31.02.1985» is flagged where the file has it: C5 (title, blank, header, row 4, row 5).
    const flags = await page.$$eval('[data-testid="report-flag"]', (els) =>
      els.map((e) => `${e.getAttribute('data-cell')} ${e.textContent?.trim()}`),
    );
    expect(flags).toEqual([
      expect.stringMatching(/^C5 C5 Дата рожд\.: Такой даты нет: 31\.02\.1985/),
    ]);
    await page.click('[data-testid="import-close"]');

    const id = await findMember(page, 'Мамедов');
    expect(await cellText(page, id, 'name')).toBe('Рашид');
    expect(await cellText(page, id, 'patronymic')).toBe('Гусейн оглы');
    expect(await cellText(page, id, 'category')).toBe('работающий');
    expect(await cellText(page, id, 'cardNumber')).toBe('0099');
    const anna = await findMember(page, 'Файлова');
    expect(await cellText(page, anna, 'birthDate')).toBe('03.08.1963');
    expect(await cellText(page, anna, 'gender')).toBe('женский');
    expect(await cellText(page, anna, 'cardNumber')).toBe('0012345');
    await ctx.close();
  });

  it('a Windows-1251 CSV with a blank row: abbreviations read, the file’s own row numbers, formulas kept as text', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const csv = [
      'Фамилия;Имя;Отчество;Дата рождения;Пол;Категория;Телефон',
      'Кодировкина;Ёлка;Петровна;5.3.1985;жен.;пенс.;+7 920 000-00-01',
      ';;;;;;',
      'Блинова;Вера;;31.02.1985;Ж;раб.;12',
      'Сырков;Иван;;01.01.1990;м;студент;',
    ].join('\r\n');
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: cp1251(csv),
    });
    await stage(page, 'preview');
    expect(await page.getAttribute('[data-testid="import-summary"]', 'data-added')).toBe('3');
    await page.click('[data-testid="import-confirm"]');
    await stage(page, 'report');
    const flags = await page.$$eval('[data-testid="report-flag"]', (els) =>
      els.map((e) => e.getAttribute('data-cell')).sort(),
    );
    // Row 4 of the file (a blank row 3 above it): its date and its phone.
    expect(flags).toEqual(['D4', 'G4']);
    await page.click('[data-testid="import-close"]');

    const id = await findMember(page, 'Кодировкина');
    expect(await cellText(page, id, 'name')).toBe('Ёлка');
    expect(await cellText(page, id, 'gender')).toBe('женский');
    expect(await cellText(page, id, 'category')).toBe('неработающий пенсионер');
    expect(await cellText(page, id, 'birthDate')).toBe('05.03.1985');
    await ctx.close();
  });

  it('a whole sheet pasted into the grid with its header row goes through the same mapping and preview', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const before = await page.getAttribute('[data-testid="member-count"]', 'data-total');
    await focusCell(page, (await rowIds(page, 1))[0]!, 'surname');
    await paste(page, 'ФИО\tПол\tКатегория\r\nВставкина Дарья Олеговна\tж\tпенс.\r\n');
    await stage(page, 'preview');
    // Nothing was pasted cell by cell over the focused row.
    expect(await page.getAttribute('[data-testid="member-count"]', 'data-total')).toBe(before);
    const mapping = await page.$$eval('[data-testid="mapping-select"]', (els) =>
      els.map((e) => (e as HTMLSelectElement).value),
    );
    expect(mapping).toEqual(['fullName', 'gender', 'category']);
    expect(await page.getAttribute('[data-testid="import-summary"]', 'data-added')).toBe('1');
    await page.click('[data-testid="import-confirm"]');
    await stage(page, 'report');
    await page.click('[data-testid="import-close"]');
    const id = await findMember(page, 'Вставкина');
    expect(await cellText(page, id, 'patronymic')).toBe('Олеговна');
    expect(await cellText(page, id, 'category')).toBe('неработающий пенсионер');
    await ctx.close();
  });
});
