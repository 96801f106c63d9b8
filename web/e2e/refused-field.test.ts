// A body the server refuses comes back with the field at fault: the organization dialog
// shows the Russian explanation under that field, marks it invalid and puts the focus
// there; what the admin typed stays, and a corrected value saves. Screenshot at 1366×768.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('a refused field in a dialog', () => {
  it('the server refuses a too long code: shown at the code field, focused, then saved', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-admin');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/admin/orgs`);
    await page.click('[data-testid="org-toggle"][data-org-id="belgorod-region"]');
    await page.click('tr[data-org-id="belgorod-city"] [data-testid="org-add-child"]');
    const dialog = page.locator('[data-testid="org-form-dialog"]');
    const code = dialog.locator('input[data-testid="org-code"]');
    // The form checks only that the code is there; the server allows 64 characters.
    await code.fill('К'.repeat(65));
    await dialog.locator('input[data-testid="org-name"]').fill('Школа с длинным кодом');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/api/orgs') && r.request().method() === 'POST',
    );
    await page.click('[data-testid="org-save"]');
    const res = await refused;
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: { field?: string } }).error.field).toBe('code');

    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const message = dialog.locator('label:has(input[data-testid="org-code"]) .error');
    expect(await message.textContent()).toBe('Код: обязателен, не длиннее 64 знаков');
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    // No general error line: the message sits at its field only.
    expect(await dialog.locator('[data-testid="org-form-error"]').count()).toBe(0);
    expect(await dialog.locator('input[data-testid="org-name"]').inputValue()).toBe(
      'Школа с длинным кодом',
    );
    await page.screenshot({ path: '/tmp/e2e-refused-field-org.png' });

    await code.fill('E2E-LONG');
    await page.click('[data-testid="org-save"]');
    await dialog.waitFor({ state: 'hidden' });
    await ctx.close();
  });
});
