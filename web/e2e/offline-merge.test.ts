// Two chairs edit one organization; one of them is offline meanwhile. When it reconnects
// both grids show the same merged state: edits of different cells both survive, and an
// edit of the same cell ends with one value in both tabs.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import {
  cellText,
  editCell,
  pendingChanges,
  rowIds,
  waitForCell,
  waitForSyncState,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('offline edits merge on reconnect', () => {
  it('keeps both edits of different cells and converges on the same cell', async () => {
    const [ctxA, a] = await openAs(browser, app, 'demo-school4', 'school-004', { pending: 0 });
    const [ctxB, b] = await openAs(browser, app, 'demo-school4', 'school-004', { pending: 0 });
    const [first, second] = await rowIds(a, 2);
    expect(first && second).toBeTruthy();

    await ctxA.setOffline(true);
    await waitForSyncState(a, 'offline');

    await editCell(a, first!, 'position', 'Заместитель директора');
    await editCell(b, first!, 'phone', '+7 900 111-22-33');
    await editCell(a, second!, 'notes', 'правка A');
    await editCell(b, second!, 'notes', 'правка B');
    expect(await pendingChanges(a)).toBeGreaterThan(0);
    // B is online: its edits are acknowledged by the server.
    await waitForSyncState(b, 'online', 0);
    // A, offline, still shows its own edits and not B's.
    expect(await cellText(a, first!, 'phone')).not.toBe('+7 900 111-22-33');

    await ctxA.setOffline(false);
    await waitForSyncState(a, 'online', 0);

    for (const page of [a, b]) {
      await waitForCell(page, first!, 'position', 'Заместитель директора');
      await waitForCell(page, first!, 'phone', '+7 900 111-22-33');
    }
    await b.waitForFunction(
      async ([rowId]) => {
        const el = document.querySelector(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="notes"]`);
        return el?.textContent?.trim() === 'правка A' || el?.textContent?.trim() === 'правка B';
      },
      [second!] as const,
    );
    const notesA = await cellText(a, second!, 'notes');
    await waitForCell(b, second!, 'notes', notesA);
    expect(['правка A', 'правка B']).toContain(notesA);

    await ctxA.close();
    await ctxB.close();
  });
});
