// Presence and cell history in headless Chromium, two users in one organization:
// B sees A in the presence list and A's focused (then edited) cell marked with A's name;
// A leaving (offline) disappears from B's list. A edits a cell twice, opens its history
// with Alt+H, restores the first value, and B sees the restored value and, in its own
// history panel, who changed the cell; a viewer reads it without restore buttons.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import {
  cell,
  editCell,
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

const SCHOOL4 = 'Демо: Школа № 4';
const CITY = 'Демо: горком (редактор)';

const user = (loginName: string) => openAs(browser, app, loginName, 'school-004');

const presenceUser = (name: string) => `[data-testid=presence-user]:has-text("${name}")`;

describe('presence', () => {
  it('shows who else is here and marks the cell each one is on, until they leave', async () => {
    const [ctxA, a] = await user('demo-school4');
    const [ctxB, b] = await user('demo-city');
    await b.waitForSelector(presenceUser(SCHOOL4));
    await a.waitForSelector(presenceUser(CITY));
    // Nobody lists themselves.
    expect(await a.locator(presenceUser(SCHOOL4)).count()).toBe(0);

    const [row] = await rowIds(a, 1);
    await focusCell(a, row!, 'position');
    const marked = `${cell(row!, 'position')}.pg-peer`;
    await b.waitForSelector(marked);
    expect(await b.getAttribute(marked, 'title')).toContain(SCHOOL4);
    // Exactly one cell of B's grid is marked, and B's own focus marks nothing in A's.
    await expect.poll(() => b.locator('.ag-cell.pg-peer').count()).toBe(1);

    await a.locator(cell(row!, 'position')).dblclick();
    await b.waitForSelector(`${cell(row!, 'position')}.pg-peer-editing`);
    await b.screenshot({ path: '/tmp/presence-b.png' });
    await a.keyboard.press('Escape');
    await b.waitForSelector(`${cell(row!, 'position')}.pg-peer:not(.pg-peer-editing)`);

    await focusCell(a, row!, 'phone');
    await b.waitForSelector(`${cell(row!, 'phone')}.pg-peer`);
    await expect.poll(() => b.locator('.ag-cell.pg-peer').count()).toBe(1);

    // A goes offline: the relay drops A's state, B's list and grid forget A.
    await ctxA.setOffline(true);
    await waitForSyncState(a, 'offline');
    await b.waitForSelector(presenceUser(SCHOOL4), { state: 'detached' });
    await b.waitForSelector('.ag-cell.pg-peer', { state: 'detached' });
    // And A, offline, shows nobody.
    await a.waitForSelector(presenceUser(CITY), { state: 'detached' });
    await ctxA.close();
    await ctxB.close();
  });

  it('a tab that leaves the organization leaves the list', async () => {
    const [ctxA, a] = await user('demo-school4');
    const [ctxB, b] = await user('demo-city');
    await b.waitForSelector(presenceUser(SCHOOL4));
    await a.click('a[href="/"]');
    await b.waitForSelector(presenceUser(SCHOOL4), { state: 'detached' });
    await ctxA.close();
    await ctxB.close();
  });
});

describe('cell history', () => {
  it('lists who changed a cell and when, and restores an earlier value for everyone', async () => {
    const [ctxA, a] = await user('demo-school4');
    const [ctxB, b] = await user('demo-city');
    const [, row] = await rowIds(a, 2);
    const original = (await a.locator(cell(row!, 'position')).textContent())?.trim() ?? '';
    await editCell(a, row!, 'position', 'Учитель истории');
    await waitForCell(a, row!, 'position', 'Учитель истории');
    await editCell(a, row!, 'position', 'Завуч');
    await waitForCell(b, row!, 'position', 'Завуч');

    await focusCell(a, row!, 'position');
    await a.keyboard.press('Alt+H');
    const panel = a.locator('[data-testid=history-panel]');
    await panel.waitFor();
    const entries = panel.locator('[data-testid=history-entry]');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(0).getAttribute('data-value')).toBe('Завуч');
    expect(await entries.nth(0).getAttribute('data-current')).toBe('true');
    expect(await entries.nth(1).getAttribute('data-value')).toBe('Учитель истории');
    expect(await entries.nth(2).getAttribute('data-value')).toBe(original);
    expect(await entries.nth(1).textContent()).toContain(SCHOOL4);
    expect(await entries.nth(1).locator('time').textContent()).toMatch(
      /^\d\d\.\d\d\.\d{4} \d\d:\d\d$/,
    );
    await a.screenshot({ path: '/tmp/history-a.png' });

    await entries.nth(1).locator('[data-testid=history-restore]').click();
    await waitForCell(a, row!, 'position', 'Учитель истории');
    await waitForCell(b, row!, 'position', 'Учитель истории');
    // The restore is itself an entry, newest first.
    await expect.poll(() => entries.count()).toBe(4);
    expect(await entries.nth(0).getAttribute('data-value')).toBe('Учитель истории');

    // B opens the same cell's history from the toolbar and sees A's changes.
    await focusCell(b, row!, 'position');
    await b.click('[data-testid=history-open]');
    const panelB = b.locator('[data-testid=history-panel]');
    await expect.poll(() => panelB.locator('[data-testid=history-entry]').count()).toBe(4);
    expect(await panelB.locator('[data-testid=history-entry]').first().textContent()).toContain(
      SCHOOL4,
    );
    // The panel follows the focused cell.
    await focusCell(b, row!, 'phone');
    await b.waitForSelector('[data-testid=history-cell][data-field=phone]');
    // The toolbar button closes it again.
    await b.click('[data-testid=history-open]');
    await panelB.waitFor({ state: 'detached' });

    // A viewer reads the history but has nothing to restore with.
    const [ctxV, v] = await user('demo-viewer');
    await focusCell(v, row!, 'position');
    await v.keyboard.press('Alt+H');
    const panelV = v.locator('[data-testid=history-panel]');
    await expect.poll(() => panelV.locator('[data-testid=history-entry]').count()).toBe(4);
    expect(await panelV.locator('[data-testid=history-restore]').count()).toBe(0);
    await ctxV.close();
    await ctxA.close();
    await ctxB.close();
  });
});
