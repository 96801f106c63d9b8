// Committee tables at a school PC's 1366×768: every column title is read whole in the
// header (wrapped to at most three lines, in a width that fits it, no tooltip needed), and
// the header is as tall as the longest title needs — three lines in the acceptance table,
// two in the resolutions table, one in a new empty table. A choice is not cut in its cell,
// the toolbar's two rows do not wrap, and its menus open on screen and close on Esc.
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

const GRID = '[data-testid="table-grid"]';

interface Title {
  readonly col: string;
  readonly text: string;
  /** The title's text box overflows (cut) across or down. */
  readonly cut: boolean;
  readonly lines: number;
}

/** Every column title of the table, scrolling the grid across (columns are virtualized). */
async function titles(page: Page): Promise<Title[]> {
  return page.evaluate(async (grid) => {
    const seen = new Map<string, Title>();
    const across = document.querySelector(`${grid} .ag-body-horizontal-scroll-viewport`)!;
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    for (let x = 0; ; x += 300) {
      across.scrollLeft = x;
      across.dispatchEvent(new Event('scroll'));
      await frame();
      await frame();
      for (const h of document.querySelectorAll(`${grid} .ag-header-row-column .ag-header-cell`)) {
        const text = h.querySelector<HTMLElement>('.ag-header-cell-text');
        if (!text) continue;
        seen.set(h.getAttribute('col-id')!, {
          col: h.getAttribute('col-id')!,
          text: text.textContent ?? '',
          cut: text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1,
          lines: Math.round(text.getBoundingClientRect().height / 15),
        });
      }
      if (x >= across.scrollWidth - across.clientWidth) break;
    }
    return [...seen.values()];
  }, GRID);
}

const headerHeight = (page: Page) =>
  page.$eval(`${GRID} .ag-header-row-column`, (row) => row.getBoundingClientRect().height);

async function openAt1366(tableId: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await login(ctx, app, 'demo-city');
  const page = await ctx.newPage();
  await page.goto(`${app.url}/table/${tableId}`);
  // The first visit boots the app and fetches the table: slow on a loaded machine.
  await page.waitForSelector(`${GRID} .ag-header-cell-text`, { timeout: 90_000 });
  // The live table (its filter row built): the header's final geometry.
  await page.waitForSelector(`${GRID} .ag-floating-filter`, { timeout: 90_000 });
  return page;
}

/** The toolbar's rows: its controls' distinct tops (a control wrapped starts a new row). */
const toolbarRows = (page: Page) =>
  page.$$eval('[data-testid=table-tools] > *', (all) => {
    const middles = all
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => r.top + r.height / 2)
      .sort((a, b) => a - b);
    return middles.filter((m, i) => i === 0 || m - middles[i - 1]! > 15).length;
  });

/** The toolbar's controls that are off the screen or cut. */
const toolbarCut = (page: Page) =>
  page.$$eval('[data-testid=table-tools] :is(button, input, .count)', (all) =>
    all
      .filter((e) => e.getBoundingClientRect().width > 0)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < 0 || r.right > innerWidth || e.scrollWidth > e.clientWidth + 1;
      })
      .map((e) => e.getAttribute('data-testid') ?? e.textContent?.trim()),
  );

describe('committee table headers at 1366×768', () => {
  it('shows every title of the acceptance table whole, in at most three lines', async () => {
    const page = await openAt1366('belgorod-acceptance-2020');
    const all = await titles(page);
    expect(all.length).toBe(31);
    expect(all.filter((t) => t.cut)).toEqual([]);
    expect(Math.max(...all.map((t) => t.lines))).toBe(3);
    expect(all.find((t) => t.col === 'c:result')?.text).toBe('Результат приёмки');
    expect(await headerHeight(page)).toBe(57);
    // «принято с отличием» is whole in its cell too.
    const cutChoices = await page.$$eval(
      `${GRID} .ag-row[row-id] .ag-cell[col-id="c:result"]`,
      (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length,
    );
    expect(cutChoices).toBe(0);
    // The toolbar on one line.
    expect(await toolbarRows(page)).toBe(1);
    // Its menus open inside the screen, and Esc closes them.
    for (const [button, panel] of [
      ['table-views', 'table-views-panel'],
      ['view-menu', 'view-panel'],
      ['table-file-menu', 'table-file-panel'],
    ]) {
      await page.click(`[data-testid=${button}]`);
      const box = (await page.locator(`[data-testid=${panel}]`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
      await page.keyboard.press('Escape');
      await page.waitForSelector(`[data-testid=${panel}]`, { state: 'detached' });
    }
    await page.context().close();
  });

  it('keeps the toolbar to one row at 1366 px and two at 1024, in Russian and English, with every function', async () => {
    for (const lang of ['ru', 'en'] as const) {
      for (const width of [1366, 1024]) {
        const ctx = await browser.newContext({ viewport: { width, height: 768 } });
        await ctx.addInitScript((l) => localStorage.setItem('profgrid.locale', l), lang);
        await login(ctx, app, 'demo-city');
        const page = await ctx.newPage();
        await page.goto(`${app.url}/table/belgorod-acceptance-2020`);
        await page.waitForSelector(`${GRID} .ag-floating-filter`, { timeout: 90_000 });
        await page.waitForSelector('[data-testid=table-link-org]');
        expect(await toolbarRows(page)).toBe(width === 1366 ? 1 : 2);
        expect(await toolbarCut(page)).toEqual([]);
        // undo and redo read as arrows, named for assistive technology and in the tooltip
        expect(await page.getAttribute('[data-testid=table-undo]', 'aria-label')).toBe(
          lang === 'ru' ? 'Отменить' : 'Undo',
        );
        await page.screenshot({ path: `/tmp/table-toolbar-${lang}-${width}.png` });
        // the file functions, one click away
        await page.click('[data-testid=table-file-menu]');
        const panel = page.locator('[data-testid=table-file-panel]');
        expect(
          await panel.locator('button').evaluateAll((bs) => bs.map((b) => b.dataset['testid'])),
        ).toEqual([
          'table-import',
          'table-export',
          'table-export-xlsx',
          'table-print',
          'table-save-template',
        ]);
        const box = (await panel.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `/tmp/table-toolbar-${lang}-${width}-file.png` });
        await ctx.close();
      }
    }
  });

  it('fits the resolutions table’s header to two lines', async () => {
    const page = await openAt1366('belgorod-resolutions-2020-09-21');
    const all = await titles(page);
    expect(all.map((t) => t.text)).toContain('Дата исполнения');
    expect(all.filter((t) => t.cut)).toEqual([]);
    expect(await headerHeight(page)).toBe(42);
    await page.context().close();
  });

  it('keeps one line for a new empty table', async () => {
    const ctx = await browser.newContext();
    await login(ctx, app, 'demo-city');
    const res = await ctx.request.post(`${app.url}/api/tables`, {
      data: { orgId: 'belgorod-city', title: 'Пустая', templateId: 'empty' },
      headers: { origin: app.url },
    });
    expect(res.status()).toBe(201);
    const { table } = (await res.json()) as { table: { id: string } };
    await ctx.close();
    const page = await openAt1366(table.id);
    expect(await titles(page)).toEqual([
      { col: 'c:name', text: 'Наименование', cut: false, lines: 1 },
    ]);
    expect(await headerHeight(page)).toBe(34);
    await page.context().close();
  });
});
