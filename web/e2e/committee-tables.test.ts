// Committee tables in the browser: two members of the city committee edit the demo's
// acceptance table at once, one of them offline meanwhile; when it reconnects both grids
// and both summaries show the same merged table. The summary under the table gives the
// minutes' figures; the organization link is chosen by search.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import {
  VIEWPORT,
  cellText,
  editCell,
  pendingChanges,
  waitForCell,
  waitForSyncState,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const TABLE = 'belgorod-acceptance-2020';

async function openTableAs(user: string): Promise<[BrowserContext, Page]> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  await login(ctx, app, user);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/table/${TABLE}`);
  // The first visit boots the app and fetches the table: slow on a loaded machine.
  await page.waitForSelector('[data-testid="table-grid"] .ag-row[row-id]', { timeout: 90_000 });
  await waitForSyncState(page, 'online', 0);
  return [ctx, page];
}

const summaryTotal = (page: Page) => page.locator('[data-testid="summary-total"]').innerText();

describe('committee tables', () => {
  it('shows the minutes’ figures under the acceptance table', async () => {
    const [ctx, page] = await openTableAs('demo-viewer');
    expect(await page.getAttribute('[data-testid="table-page"]', 'data-access')).toBe('read');
    const total = await summaryTotal(page);
    expect(total).toMatch(/154/);
    expect(total).toMatch(/153\s+99,35\s%/);
    expect(total).toMatch(/54\s+35,06\s%/);
    // In print only the one-page result is on the paper: no grid, no app header.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="table-page"]')).toBe(false);
    expect(await page.isVisible('header.pg-header')).toBe(false);
    expect(await page.textContent('[data-testid="table-print-page"]')).toMatch(
      /Принято с отличием: 54 \(35,06\s%\)/,
    );
    await ctx.close();
  });

  it('two committee members edit at once, one offline, and converge', async () => {
    const [ctxA, a] = await openTableAs('demo-city');
    const [ctxB, b] = await openTableAs('demo-admin');

    await ctxA.setOffline(true);
    await waitForSyncState(a, 'offline');
    await editCell(a, 'school-002', 'c:reason', 'ремонт кровли');
    await editCell(b, 'school-003', 'c:reason', 'замена окон');
    await editCell(a, 'school-005', 'c:video-fix', '01.09.2020');
    await editCell(b, 'school-004', 'c:reason', 'правка B');
    await editCell(a, 'school-004', 'c:reason', 'правка A');
    expect(await pendingChanges(a)).toBeGreaterThan(0);
    await waitForSyncState(b, 'online', 0);
    expect(await cellText(a, 'school-003', 'c:reason')).toBe('');

    await ctxA.setOffline(false);
    await waitForSyncState(a, 'online', 0);
    for (const page of [a, b]) {
      await waitForCell(page, 'school-002', 'c:reason', 'ремонт кровли');
      await waitForCell(page, 'school-003', 'c:reason', 'замена окон');
      await waitForCell(page, 'school-005', 'c:video-fix', '01.09.2020');
    }
    const same = await cellText(a, 'school-004', 'c:reason');
    expect(['правка A', 'правка B']).toContain(same);
    await waitForCell(b, 'school-004', 'c:reason', same);
    // A fix-by date in the past with no state yet is overdue, in both summaries.
    for (const page of [a, b]) {
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="summary-overdue"]')?.textContent?.includes('— 1'),
      );
    }
    await ctxA.close();
    await ctxB.close();
  });

  it('links a row to an organization chosen by search', async () => {
    const [ctx, page] = await openTableAs('demo-city');
    await page.click('[data-testid="table-add-row"]');
    const focused = page.locator('.ag-row:has(.ag-cell-focus)');
    const rowId = await focused.getAttribute('row-id');
    expect(rowId).toBeTruthy();
    await page.click('[data-testid="table-link-org"]');
    await page.fill('[data-testid="org-link-query"]', 'Школа № 47');
    await page.click('[data-testid="org-link-hit"] >> text=Школа № 47');
    await waitForCell(page, rowId!, 'c:org', 'Школа № 47');
    await ctx.close();
  });
});
