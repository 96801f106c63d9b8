// The organization picker served lazily: the central admin's picker opens straight at the
// first level with more than one unit (the demo's single region and city are walked
// through), goes up and down by breadcrumbs and «Подразделения», and finds a school by
// name on the server — and the page never asks for the whole registry (GET /api/orgs).
// Screenshots go to /tmp.
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

describe('organization picker', () => {
  it('walks the tree level by level and searches on the server, never loading every org', async () => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await login(ctx, app, 'demo-admin');
    const page = await ctx.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    // entering at `/` lands an admin of the root on its summary; the picker is where
    // «← Все организации» leads
    await page.goto(`${app.url}/org/school-004`);
    await page.click('a.back');
    // central → region → city: single committees are walked through
    await page.waitForSelector('[data-testid=org-count][data-n="154"]');
    expect(await page.locator('[data-testid=org-crumb]').allTextContents()).toEqual([
      'Все',
      'Профсоюз образования',
      'Белгородская областная',
      'Белгородская городская',
    ]);
    expect(await page.locator('a[data-org-id=school-004]').count()).toBe(1);
    await page.screenshot({ path: '/tmp/e2e-picker-city.png' });

    await page.locator('[data-testid=org-crumb]').nth(1).click();
    await page.waitForSelector('[data-testid=org-expand][data-org-id=belgorod-region]');
    expect(await page.locator('a[data-org-id=school-004]').count()).toBe(0);
    await page.click('[data-testid=org-expand][data-org-id=belgorod-region]');
    await page.waitForSelector('[data-testid=org-expand][data-org-id=belgorod-city]');

    await page.fill('[data-testid=org-search]', 'школа 4');
    await page.waitForSelector('[data-testid=org-count][data-n="1"]');
    const hit = page.locator('.hits li');
    expect(await hit.locator('a').getAttribute('data-org-id')).toBe('school-004');
    expect(await hit.textContent()).toContain('Белгородская городская');
    await page.screenshot({ path: '/tmp/e2e-picker-search.png' });
    await hit.locator('a').click();
    await page.waitForURL(/\/org\/school-004$/);
    expect(asked.filter((p) => p === '/api/orgs')).toEqual([]);
    expect(asked.some((p) => p === '/api/orgs/search')).toBe(true);
    await ctx.close();
  });
});
