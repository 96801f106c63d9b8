// Editing a campaign in English: the title box shows the default title as the reader sees
// it (not the Russian one the server stores); left as it is, the default follows a new
// report date; a title typed in is kept as typed.
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

const row = (page: Page, asOf: string) =>
  page.locator(`[data-testid=campaign-row][data-as-of="${asOf}"]`);

describe('editing a campaign in English', () => {
  it('shows and keeps the default title in the reader’s language, and a typed one as typed', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await ctx.addInitScript(() => localStorage.setItem('profgrid.locale', 'en'));
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/forms/belgorod-city`);
    await page.fill('[data-testid=campaign-open-as-of]', '01.12.2026');
    await page.fill('[data-testid=campaign-open-deadline]', '20.12.2026');
    await page.click('[data-testid=campaign-open-submit]');
    await row(page, '2026-12-01').waitFor();

    await row(page, '2026-12-01').locator('[data-testid=campaign-edit-toggle]').click();
    const title = page.locator('[data-testid=campaign-edit-title]');
    expect(await title.inputValue()).toBe('Statistical report as of 01.12.2026');
    // A new report date with the title untouched: the default title is the new date's.
    await page.fill('[data-testid=campaign-edit-as-of]', '02.12.2026');
    await page.click('[data-testid=campaign-edit-save]');
    await row(page, '2026-12-02').waitFor();
    expect(await row(page, '2026-12-02').locator('a').textContent()).toContain(
      'Statistical report as of 02.12.2026',
    );
    await page.screenshot({ path: '/tmp/campaign-edit-en.png' });

    // A typed title is stored and shown as typed.
    if ((await title.count()) === 0) {
      await row(page, '2026-12-02').locator('[data-testid=campaign-edit-toggle]').click();
    }
    await title.fill('Year-end report');
    await page.click('[data-testid=campaign-edit-save]');
    await expect
      .poll(() => row(page, '2026-12-02').locator('a').textContent())
      .toContain('Year-end report');
    expect(await title.inputValue()).toBe('Year-end report');
    await ctx.close();
  });
});
