// Import of a 2,000-row XLSX with errors into school-004: the preview
// shows the guessed mapping and offers the duplicates, cancel changes nothing, the report
// names every bad row by row and column, good rows appear in the grid; an export gives an
// XLSX whose rows match the grid, with real dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/universal';
import { formatRuDate } from '@profgrid/core';
import { readXlsxTable } from '../src/lib/features/import-export/xlsx.ts';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT, cellText, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const ROWS = 2000;
const HEADER = [
  '№',
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'Пол',
  'Категория',
  'Телефон',
  'Эл. почта',
];
const SYL = ['ка', 'ло', 'ми', 'на', 'ре', 'су', 'та', 've', 'го', 'ду'].map((s) =>
  s === 've' ? 'ве' : s,
);
const DUP_AT = [500, 900, 1300, 1700, 1999];
const badDate = (i: number) => i % 100 === 17;
const badPhone = (i: number) => i % 150 === 33;
const NAME = /^[А-Яа-яЁё]+(?:[ '’-][А-Яа-яЁё]+)*$/;

type Existing = { surname: string; name: string; birthDate: string };

async function importFile(existing: readonly Existing[]): Promise<Buffer> {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const dup = DUP_AT.indexOf(i);
    if (dup >= 0) {
      const m = existing[dup]!;
      const [y, mo, d] = m.birthDate.split('-').map(Number) as [number, number, number];
      return [
        String(i + 1),
        m.surname,
        m.name,
        '',
        { value: new Date(Date.UTC(y, mo - 1, d)), type: Date, format: 'dd.mm.yyyy' },
        '',
        'работающий',
        '',
        '',
      ];
    }
    const birth = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000);
    return [
      String(i + 1),
      `Импорт${SYL[i % 10]}${SYL[Math.floor(i / 10) % 10]}ова`,
      ['Анна', 'Мария', 'Ольга', 'Елена'][i % 4]!,
      'Сергеевна',
      badDate(i)
        ? '31.02.1990'
        : i % 3 === 0
          ? birth.toISOString().slice(0, 10).split('-').reverse().join('.')
          : { value: birth, type: Date, format: 'dd.mm.yyyy' },
      i % 5 === 0 ? 'Ж' : 'женский',
      i % 7 === 0 ? 'Неработающий пенсионер' : 'работающий',
      badPhone(i) ? '12' : `+7 920 ${String(1_000_000 + i)}`,
      `imp${i}@school.ru`,
    ];
  });
  // Cells as write-excel-file takes them (its typings differ between module resolutions).
  const sheet = [HEADER, ...rows] as unknown as Parameters<typeof writeXlsxFile>[0];
  const blob = await writeXlsxFile(sheet).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

const total = async (page: Page) =>
  Number(await page.getAttribute('[data-testid="member-count"]', 'data-total'));
const stage = (page: Page, s: string) =>
  page.waitForSelector(`[data-testid="import-dialog"][data-stage="${s}"]`, { state: 'attached' });

async function exportXlsx(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="export-xlsx"]'),
  ]);
  const bytes = readFileSync((await download.path())!);
  return readXlsxTable(new Uint8Array(bytes).buffer);
}

async function expectExportMatchesGrid(page: Page, sheet: string[][]): Promise<void> {
  expect(sheet[0]!.slice(0, 5)).toEqual(['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол']);
  expect(sheet.length - 1).toBe(await total(page));
  const byName = new Map(sheet.slice(1).map((r) => [`${r[0]}|${r[1]}|${r[2]}`, r]));
  for (const id of await rowIds(page, 15)) {
    const key = `${await cellText(page, id, 'surname')}|${await cellText(page, id, 'name')}|${await cellText(page, id, 'patronymic')}`;
    const row = byName.get(key);
    expect(row, key).toBeDefined();
    // A real date cell reads back as ISO; the grid shows it as ДД.ММ.ГГГГ.
    expect(formatRuDate(row![3]!)).toBe(await cellText(page, id, 'birthDate'));
  }
}

describe('import and export', () => {
  it('imports a 2,000-row XLSX with errors and duplicates; cancel changes nothing; export matches the grid', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const before = await total(page);

    const exported = await exportXlsx(page);
    await expectExportMatchesGrid(page, exported);
    const existing = exported
      .slice(1)
      .map((r) => ({ surname: r[0]!, name: r[1]!, birthDate: r[3]! }))
      .filter(
        (m) => NAME.test(m.surname) && NAME.test(m.name) && /^\d{4}-\d{2}-\d{2}$/.test(m.birthDate),
      );
    const file = {
      name: 'members.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await importFile(existing),
    };

    // Preview, then cancel: nothing written.
    await page.setInputFiles('[data-testid="import-file"]', file);
    await stage(page, 'preview');
    const mapping = await page.$$eval('[data-testid="mapping-select"]', (els) =>
      els.map((e) => (e as HTMLSelectElement).value),
    );
    expect(mapping).toEqual([
      '',
      'surname',
      'name',
      'patronymic',
      'birthDate',
      'gender',
      'category',
      'phone',
      'email',
    ]);
    expect(await page.getAttribute('[data-testid="import-duplicates"]', 'data-count')).toBe('5');
    const invalid = Array.from({ length: ROWS }, (_, i) => i).filter(
      (i) => badDate(i) || badPhone(i),
    );
    // Cells with errors go in as written and flagged; the duplicates stay out, and so do
    // repeats: every row with the bad date is the same person (surname, name, «31.02.1990»).
    const repeats = invalid.filter(badDate).length - 1;
    const summary = page.locator('[data-testid="import-summary"]');
    expect(await summary.getAttribute('data-invalid')).toBe('0');
    expect(await summary.getAttribute('data-added')).toBe(String(ROWS - DUP_AT.length - repeats));
    expect(await summary.getAttribute('data-skipped')).toBe(String(DUP_AT.length + repeats));
    expect(
      await page.getAttribute(
        '[data-testid="import-reasons"] [data-reason="repeat-in-file"]',
        'data-count',
      ),
    ).toBe(String(repeats));
    expect(await page.getAttribute('[data-testid="import-flagged"]', 'data-count')).toBe(
      String(invalid.length),
    );
    expect(
      await page.getAttribute(
        '[data-testid="import-reasons"] [data-reason="duplicate"]',
        'data-count',
      ),
    ).toBe(String(DUP_AT.length));
    await page.screenshot({ path: '/tmp/import-preview.png' });
    await page.click('[data-testid="import-cancel"]');
    await stage(page, 'closed');
    expect(await total(page)).toBe(before);

    // Import for real: one duplicate updated, the others skipped.
    await page.setInputFiles('[data-testid="import-file"]', file);
    await stage(page, 'preview');
    await page.selectOption(
      `[data-testid="duplicate-row"][data-row="${DUP_AT[0]! + 2}"] select`,
      'update',
    );
    await page.click('[data-testid="import-confirm"]');
    await stage(page, 'report');
    const report = page.locator('[data-testid="import-report"]');
    const added = ROWS - DUP_AT.length - repeats;
    expect(await report.getAttribute('data-added')).toBe(String(added));
    expect(await report.getAttribute('data-updated')).toBe('1');
    expect(await report.getAttribute('data-skipped')).toBe(String(DUP_AT.length - 1 + repeats));
    const cells = await page.$$eval('[data-testid="report-flag"]', (els) =>
      els.map((e) => e.getAttribute('data-cell')),
    );
    expect(cells.sort()).toEqual(invalid.map((i) => `${badDate(i) ? 'E' : 'H'}${i + 2}`).sort());
    await page.screenshot({ path: '/tmp/import-report.png' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="report-download"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`19;Добавлено;`);
    expect(csv).toContain('E19 Дата рождения: Такой даты нет: 31.02.1990');
    await page.click('[data-testid="import-close"]');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="member-count"]')?.getAttribute('data-total') ===
        String(n),
      before + added,
    );

    await expectExportMatchesGrid(page, await exportXlsx(page));
    await ctx.close();
  });
});
