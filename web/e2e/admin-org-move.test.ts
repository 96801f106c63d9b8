// Moving an organization in the admin's registry: the new parent is chosen by the server's
// search (org-chooser), the organization itself is never offered, and the move lands.
// Screenshot to /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('admin: move an organization', () => {
  it('chooses the new parent by search, never the organization itself', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-admin');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/admin/orgs`);
    // the tree opens at the root's children; the school is two levels further down
    await page.click('[data-testid="org-toggle"][data-org-id="belgorod-region"]');
    await page.click('[data-testid="org-toggle"][data-org-id="belgorod-city"]');
    await page.click('tr[data-org-id="school-005"] [data-testid="org-move"]');
    await page.waitForSelector('[data-testid="org-move-parent"][data-value="belgorod-city"]');
    await page.click('[data-testid="org-move-parent-open"]');
    await page.fill('[data-testid="org-move-parent-search"]', 'школа 5');
    await page.waitForSelector('[data-testid="org-move-dialog"] .path');
    // the search found schools with 5 in their names, but not the one being moved
    expect(
      await page
        .locator('[data-testid="org-move-dialog"] button.pick[data-org-id="school-005"]')
        .count(),
    ).toBe(0);
    await page.fill('[data-testid="org-move-parent-search"]', 'Белгородская областная');
    const region = page.locator(
      '[data-testid="org-move-dialog"] button.pick[data-org-id="belgorod-region"]',
    );
    await region.waitFor();
    await page.screenshot({ path: '/tmp/e2e-admin-move-chooser.png' });
    await region.click();
    await page.waitForSelector('[data-testid="org-move-parent"][data-value="belgorod-region"]');
    await page.click('[data-testid="org-move-save"]');
    await page.waitForSelector('[data-testid="org-move-dialog"]', { state: 'hidden' });
    const moved = (await (await ctx.request.get(`${app.url}/api/orgs/school-005`)).json()) as {
      parentId: string;
    };
    expect(moved.parentId).toBe('belgorod-region');
    // the tree shows it under its new parent (the levels the move touched asked again)
    await page.waitForSelector('tr[data-org-id="school-005"] td[style*="padding-left: 46px"]');
    await ctx.close();
  });
});
