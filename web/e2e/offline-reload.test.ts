// A reload with no server at all still shows the app and the organization's members:
// the service worker serves the shell, IndexedDB holds the document.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import { cellText, editCell, rowIds, waitForCell, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('offline reload', () => {
  it('shows the organization from IndexedDB with the server gone, keeping offline edits', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school5', 'school-005', { pending: 0 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const [first] = await rowIds(page, 1);
    const surname = await cellText(page, first!, 'surname');
    expect(surname).not.toBe('');

    await app.stop();
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForSelector('.ag-row[row-id]');
    await waitForCell(page, first!, 'surname', surname);
    await waitForSyncState(page, 'offline');

    await editCell(page, first!, 'notes', 'оффлайн');
    await page.reload();
    await waitForCell(page, first!, 'notes', 'оффлайн');
    expect(
      Number(await page.getAttribute('[data-testid="sync-status"]', 'data-pending')),
    ).toBeGreaterThan(0);
    await ctx.close();
  });
});
