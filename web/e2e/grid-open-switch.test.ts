// A click and a key right at opening: the member grid first shows the rows cached as JSON,
// then switches to the live Yjs document. A second tab of the same origin holds a
// read-write IndexedDB transaction on the document's update log, so the switch waits
// until the test lets it go: a cell is cleared before it, and another cell stays focused
// through it and still takes the keyboard after it.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import {
  cell,
  cellText,
  focusCell,
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

const ORG = 'school-004';
const GRID = '[data-testid=member-grid]';

/** In a page: whether IndexedDB holds the JSON row cache of the document yet. */
function hasRowCache(docName: string): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open('profgrid');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('rowCache')) return resolve(false);
      const get = db.transaction('rowCache').objectStore('rowCache').get(docName);
      get.onsuccess = () => {
        db.close();
        resolve(get.result !== undefined);
      };
      get.onerror = () => resolve(false);
    };
  });
}

/**
 * In a page: opens a read-write transaction on the update log and keeps it running (one
 * request after another) until `window.pgRelease()` is called; resolves once it runs.
 * Until then no other tab can read the log: the grid keeps its cached rows.
 */
function holdUpdateLog(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('profgrid');
    open.onerror = () => reject(new Error('could not open IndexedDB'));
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('updates', 'readwrite').objectStore('updates');
      let held = true;
      (window as unknown as { pgRelease: () => void }).pgRelease = () => (held = false);
      const next = () => {
        if (held) store.count().onsuccess = next;
      };
      store.count().onsuccess = () => {
        resolve();
        next();
      };
    };
  });
}

async function live(page: Page): Promise<boolean> {
  return (await page.getAttribute(GRID, 'data-live')) === 'true';
}

describe('member grid at opening', () => {
  it('keeps a Delete pressed on the cached rows and the focused cell through the switch to Yjs', async () => {
    const [ctx, first] = await openAs(browser, app, 'demo-school4', ORG, { pending: 0 });
    await first.waitForFunction(hasRowCache, `org:${ORG}`);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.close();

    const holder = await ctx.newPage();
    await holder.goto(`${app.url}/card-icon.svg`);
    await holder.evaluate(holdUpdateLog);

    const page = await ctx.newPage();
    await page.goto(`${app.url}/org/${ORG}`);
    await page.waitForFunction(() => performance.getEntriesByName('pg:grid-ready').length > 0);
    expect(await live(page)).toBe(false);
    const [a, b] = await rowIds(page, 2);
    expect(await cellText(page, a!, 'birthDate')).not.toBe('');
    expect(await cellText(page, b!, 'birthDate')).not.toBe('');

    // Before the switch: the Delete shows at once on the cached row.
    await focusCell(page, a!, 'birthDate');
    await page.keyboard.press('Delete');
    expect(await cellText(page, a!, 'birthDate')).toBe('');

    // The switch happens while another cell is focused.
    await focusCell(page, b!, 'birthDate');
    await holder.evaluate(() => (window as unknown as { pgRelease: () => void }).pgRelease());
    await page.waitForSelector(`${GRID}[data-live=true]`);
    expect(await cellText(page, a!, 'birthDate')).toBe('');
    expect(
      await page.evaluate(
        (sel) => document.activeElement === document.querySelector(sel),
        cell(b!, 'birthDate'),
      ),
    ).toBe(true);
    await page.keyboard.press('Delete');
    await waitForCell(page, b!, 'birthDate', '');
    // Typing on the same focused cell edits it.
    await page.keyboard.type('01.02.1990');
    await page.keyboard.press('Enter');
    await waitForCell(page, b!, 'birthDate', '01.02.1990');

    // Both reached the document: they are there after a reload, from the relay too.
    await waitForSyncState(page, 'online', 0);
    await page.reload();
    await page.waitForSelector(`${GRID}[data-live=true]`);
    await waitForSyncState(page, 'online', 0);
    expect(await cellText(page, a!, 'birthDate')).toBe('');
    expect(await cellText(page, b!, 'birthDate')).toBe('01.02.1990');
    await ctx.close();
  });
});
