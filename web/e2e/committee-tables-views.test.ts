// Committee tables, second part: the organization-link column (a pick from the owner's
// subtree opens that organization; a name outside the subtree is flagged, not linked; the
// link survives a reload and goes into the export) and named views shared by the table's
// users (columns, sort and search saved by one committee member, chosen by another).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT, cell, editCell, waitForCell, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const TABLE = 'belgorod-acceptance-2020';
/** Set PG_SHOTS to a folder to keep a screenshot of the views menu (never committed). */
const shots = process.env['PG_SHOTS'];
const ROWS = '[data-testid="table-grid"] .ag-row[row-id]';

async function openTable(page: Page): Promise<void> {
  await page.goto(`${app.url}/table/${TABLE}`);
  // The first visit boots the app and fetches the table: slow on a loaded machine.
  await page.waitForSelector(ROWS, { timeout: 90_000 });
  await waitForSyncState(page, 'online', 0);
}

async function openTableAs(user: string): Promise<[BrowserContext, Page]> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await login(ctx, app, user);
  const page = await ctx.newPage();
  await openTable(page);
  return [ctx, page];
}

/** Adds a row and gives its id (the new row is focused). */
async function addRow(page: Page): Promise<string> {
  await page.click('[data-testid="table-add-row"]');
  const id = await page.locator('.ag-row:has(.ag-cell-focus)').getAttribute('row-id');
  expect(id).toBeTruthy();
  return id!;
}

describe('committee tables: organization link and saved views', () => {
  it('links an organization of the subtree, refuses one outside it, keeps the link', async () => {
    const [ctx, page] = await openTableAs('demo-city');
    const picked = await addRow(page);
    await page.click('[data-testid="table-link-org"]');
    await page.fill('[data-testid="org-link-query"]', 'Школа № 47');
    await page.click('[data-testid="org-link-hit"] >> text=Школа № 47');
    await waitForCell(page, picked, 'c:org', 'Школа № 47');
    const open = page.locator(`${cell(picked, 'c:org')} [data-testid="org-link-open"]`);
    const href = await open.getAttribute('href');
    expect(href).toMatch(/^\/org\/[^/]+$/);

    // The region is above the city, not in its subtree: the text stays, flagged, no link.
    const outside = await addRow(page);
    await editCell(page, outside, 'c:org', 'Белгородская региональная организация Профсоюза');
    await page.waitForSelector(`${cell(outside, 'c:org')}.pg-invalid`);
    expect(await page.locator(`${cell(outside, 'c:org')} a`).count()).toBe(0);
    await waitForSyncState(page, 'online', 0);

    // After a reload the link is still there (found by search: rows are virtualised), the
    // outside name is still flagged, and the export carries the name.
    await openTable(page);
    await page.fill('[data-testid="table-search"]', 'Школа № 47');
    await waitForCell(page, picked, 'c:org', 'Школа № 47');
    expect(
      await page
        .locator(`${cell(picked, 'c:org')} [data-testid="org-link-open"]`)
        .getAttribute('href'),
    ).toBe(href);
    const download = page.waitForEvent('download');
    await page.click('[data-testid="table-file-menu"]');
    await page.click('[data-testid="table-export"]');
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toContain('Школа № 47');
    await page.fill('[data-testid="table-search"]', 'Белгородская региональная');
    await page.waitForSelector(`${cell(outside, 'c:org')}.pg-invalid`);

    // The link opens the organization's page.
    await page.fill('[data-testid="table-search"]', 'Школа № 47');
    await page.click(`${cell(picked, 'c:org')} [data-testid="org-link-open"]`);
    await page.waitForURL((url) => url.pathname === href);
    await ctx.close();
    // Two cold page loads of a 154-row table: minutes on a machine shared by many.
  }, 300_000);

  it('a view saved by one committee member is chosen by another', async () => {
    const [ctxA, a] = await openTableAs('demo-city');
    // Sort by result, hide the reason column, search «школа»; save as «Школы по итогу».
    await a.click('.ag-header-cell[col-id="c:result"] .ag-header-cell-label');
    await a.waitForSelector('.ag-header-cell[col-id="c:result"][aria-sort="ascending"]');
    await a.click('[data-testid="view-menu"]');
    await a.uncheck(
      '[data-testid="view-panel"] li[data-col="c:reason"] [data-testid="view-visible"]',
    );
    await a.keyboard.press('Escape');
    await a.waitForSelector('.ag-header-cell[col-id="c:reason"]', { state: 'detached' });
    await a.fill('[data-testid="table-search"]', 'школа');
    await a.click('[data-testid="table-views"]');
    await a.fill('[data-testid="table-view-name"]', '  ');
    await a.click('[data-testid="table-view-save"]');
    expect(await a.innerText('[data-testid="table-view-error"]')).toBe('Введите название вида');
    await a.fill('[data-testid="table-view-name"]', 'Школы по итогу');
    await a.click('[data-testid="table-view-save"]');
    await a.waitForSelector('[data-testid="table-views-panel"] li[data-view="Школы по итогу"]');
    await waitForSyncState(a, 'online', 0);

    const [ctxB, b] = await openTableAs('demo-admin');
    const total = Number(await b.getAttribute('[data-testid="table-count"]', 'data-total'));
    await b.waitForSelector('.ag-header-cell[col-id="c:reason"]');
    await b.click('[data-testid="table-views"]');
    if (shots) {
      await b.setViewportSize({ width: 1366, height: 768 });
      await b.screenshot({ path: join(shots, 'table-views-menu.png') });
    }
    await b.click('[data-testid="table-views-panel"] li[data-view="Школы по итогу"] button');
    expect(await b.inputValue('[data-testid="table-search"]')).toBe('школа');
    await b.waitForSelector('.ag-header-cell[col-id="c:reason"]', { state: 'detached' });
    await b.waitForSelector('.ag-header-cell[col-id="c:result"][aria-sort="ascending"]');
    expect(await b.innerText('[data-testid="table-views"]')).toContain('Вид: Школы по итогу');
    await b.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="table-count"]')?.textContent?.includes('показано') &&
        n > 0,
      total,
    );
    await ctxA.close();
    await ctxB.close();
  }, 300_000);
});
