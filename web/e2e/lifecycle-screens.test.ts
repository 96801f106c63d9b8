// The lifecycle screens at 1366×768 as a chair sees them: the removal and enrolment
// dialogs, the member's history with its records, the transfers panel with a transfer
// waiting, and the city's elections calendar. Each dialog lies wholly inside the window
// and speaks Russian; screenshots go to SCREENSHOT_DIR when set (to be looked at).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { focusCell, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const SHOTS = process.env['SCREENSHOT_DIR'];
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, name) });
};

/** The element lies inside the 1366×768 window and its text is Russian. */
async function fitsAndRussian(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  const text = (await page.textContent(selector)) ?? '';
  expect(text).toMatch(/[а-яё]/i);
  expect(text).not.toMatch(/\b(undefined|null|Cancel|Save|Date)\b|[a-z]+\.[a-z]+\.[a-z]/);
}

describe('lifecycle screens', () => {
  it('dialogs, history, transfers panel and the elections calendar fit and read Russian', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const [first, second] = await rowIds(page, 2);

    await focusCell(page, first!, 'surname');
    await page.click('[data-testid=remove-member]');
    await page.waitForSelector('[data-testid=remove-dialog]');
    await fitsAndRussian(page, '[data-testid=remove-dialog]');
    await shot(page, 'remove-dialog.png');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=remove-dialog]', { state: 'hidden' });

    await page.click('[data-testid=enrol-member]');
    await page.waitForSelector('[data-testid=enrol-dialog]');
    await fitsAndRussian(page, '[data-testid=enrol-dialog]');
    await shot(page, 'enrol-dialog.png');
    // A wrong application date shows its error under the field; «№ заявления» beside it
    // keeps its line and its height.
    await page.fill('[data-testid=enrol-application-date]', '31.02.2020');
    await page.click('[data-testid=enrol-confirm]');
    await page.locator('[data-testid=enrol-dialog] .error').waitFor();
    // the true reason, as a date cell gives it — not «в формате ДД.ММ.ГГГГ», which it is
    expect(await page.locator('[data-testid=enrol-dialog] .error').innerText()).toBe(
      'Такой даты нет: 31.02.2020',
    );
    const numberBox = (await page.locator('[data-testid=enrol-application-number]').boundingBox())!;
    const dateBox = (await page.locator('[data-testid=enrol-application-date]').boundingBox())!;
    expect(numberBox.y).toBe(dateBox.y);
    expect(numberBox.height).toBe(dateBox.height);
    await fitsAndRussian(page, '[data-testid=enrol-dialog]');
    await shot(page, 'enrol-dialog-error.png');
    await page.fill('[data-testid=enrol-date]', '01.09.2020');
    await page.fill('[data-testid=enrol-application-number]', '17-п');
    await page.fill('[data-testid=enrol-application-date]', '28.08.2020');
    await page.click('[data-testid=enrol-confirm]');
    await page.waitForSelector('[data-testid=enrol-dialog]', { state: 'hidden' });

    await page.click('[data-testid=history-open]');
    await page.waitForSelector('[data-testid=member-record][data-type=joined]');
    await fitsAndRussian(page, '[data-testid=member-records]');
    await shot(page, 'member-history.png');
    await page.click('[data-testid=history-open]');

    await focusCell(page, second!, 'surname');
    await page.click('[data-testid=transfer-member]');
    await page.fill('[data-testid=transfer-search]', 'Школа № 5');
    await page.click('[data-testid=transfer-hits] button >> nth=0', { timeout: 60_000 });
    await fitsAndRussian(page, '[data-testid=transfer-dialog]');
    await page.click('[data-testid=transfer-confirm]');
    await page.waitForSelector('[data-testid=transfer-sent]');
    await page.keyboard.press('Escape');
    await page.click('[data-testid=transfers-open]');
    await page.waitForSelector('[data-testid=transfer-row][data-status=pending]');
    await fitsAndRussian(page, '[data-testid=transfers-panel]');
    await shot(page, 'transfers-panel.png');
    await ctx.close();

    const city = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(city, app, 'demo-city');
    const chairs = await city.newPage();
    await chairs.goto(`${app.url}/chairs`);
    await chairs.waitForSelector('[data-testid=elections]', { timeout: 90_000 });
    expect((await chairs.textContent('[data-testid=elections]')) ?? '').toMatch(/[а-яё]/i);
    await shot(chairs, 'chairs-elections.png');
    await city.close();
  }, 240_000);
});
