// Headless Debian Chromium driven by playwright-core (browsers cannot be downloaded here),
// plus the few grid helpers the browser tests share. Waits are on page state, never sleeps.
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags every test and bench Chromium runs with. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export const VIEWPORT = { width: 2200, height: 900 };

/** The selector of one grid cell. */
export const cell = (rowId: string, col: string) =>
  `.ag-row[row-id="${rowId}"] .ag-cell[col-id="${col}"]`;

/** Opens an organization's member grid and waits until its rows are rendered. */
export async function openOrg(page: Page, baseUrl: string, orgId: string): Promise<void> {
  await page.goto(`${baseUrl}/org/${orgId}`);
  // A first visit fetches the whole organization from the relay: on a loaded machine that
  // took longer than the default 30 s.
  await page.waitForSelector('.ag-row[row-id]', { timeout: 90_000 });
}

/** Row ids in displayed order (the first `count`). */
export async function rowIds(page: Page, count: number): Promise<string[]> {
  return page.$$eval(
    '.ag-row[row-id]',
    (rows, n) =>
      rows
        .map((r) => ({ id: r.getAttribute('row-id')!, index: Number(r.getAttribute('row-index')) }))
        .sort((a, b) => a.index - b.index)
        .slice(0, n)
        .map((r) => r.id),
    count,
  );
}

/** Clicks a cell and waits until the grid has focused it, so keys go to that cell. */
export async function focusCell(page: Page, rowId: string, col: string): Promise<void> {
  await page.click(cell(rowId, col));
  await page.waitForSelector(`${cell(rowId, col)}.ag-cell-focus`);
}

export async function editCell(page: Page, rowId: string, col: string, text: string) {
  await page.locator(cell(rowId, col)).dblclick();
  const input = page
    .locator(`${cell(rowId, col)} input, .ag-popup-editor input, .ag-popup-editor textarea`)
    .first();
  await input.fill(text);
  await input.press('Enter');
  // The grid may close the editor a frame later: the edit is done once it has.
  await page.waitForSelector('.ag-cell-inline-editing, .ag-popup-editor', { state: 'detached' });
}

export async function cellText(page: Page, rowId: string, col: string): Promise<string> {
  return (await page.locator(cell(rowId, col)).textContent())?.trim() ?? '';
}

export async function waitForCell(page: Page, rowId: string, col: string, expected: string) {
  await page.waitForFunction(
    ([selector, want]) => document.querySelector(selector!)?.textContent?.trim() === want,
    [cell(rowId, col), expected] as const,
  );
}

export async function waitForSyncState(page: Page, state: 'online' | 'offline', pending?: number) {
  await page.waitForFunction(
    ([s, p]) => {
      const el = document.querySelector('[data-testid="sync-status"]');
      if (!el || el.getAttribute('data-state') !== s) return false;
      return p === null || el.getAttribute('data-pending') === String(p);
    },
    [state, pending ?? null] as const,
  );
}

export async function pendingChanges(page: Page): Promise<number> {
  const value = await page.getAttribute('[data-testid="sync-status"]', 'data-pending');
  return Number(value ?? 0);
}

/** Pastes text the way the browser does on Ctrl+V: a paste event with a DataTransfer. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}
