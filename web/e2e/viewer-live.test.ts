// A committee member with view-only access watches a school's list: edits arrive live,
// nothing is counted as unsent (a viewer sends no changes), and after the connection
// drops and comes back the list keeps following the school's edits.
import { describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import { editCell, rowIds, waitForCell, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('a viewer follows a list live', () => {
  it('sees edits before and after its connection drops, with nothing pending', async () => {
    const [ctxChair, chair] = await openAs(browser, app, 'demo-school4', 'school-004', {
      pending: 0,
    });
    const [ctxViewer, viewer] = await openAs(browser, app, 'demo-viewer', 'school-004', {
      pending: 0,
    });
    const [first] = await rowIds(chair, 1);

    await editCell(chair, first!, 'position', 'Завуч');
    await waitForCell(viewer, first!, 'position', 'Завуч');
    await waitForSyncState(viewer, 'online', 0);

    await ctxViewer.setOffline(true);
    await waitForSyncState(viewer, 'offline');
    await editCell(chair, first!, 'position', 'Директор');
    await waitForSyncState(chair, 'online', 0);
    await ctxViewer.setOffline(false);
    await waitForSyncState(viewer, 'online', 0);
    await waitForCell(viewer, first!, 'position', 'Директор');

    // Live again after the reconnect, not only re-synced once.
    await editCell(chair, first!, 'position', 'Учитель');
    await waitForCell(viewer, first!, 'position', 'Учитель');
    await ctxChair.close();
    await ctxViewer.close();
  });
});
