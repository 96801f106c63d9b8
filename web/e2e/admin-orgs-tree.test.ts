// The admin's organization tree at the union's scale (SEED=union: 84,000 and more
// organizations): the page opens at the central committee's regions, loads a level only
// when it is expanded and a long one a page at a time, finds an organization by the
// server's search, shows a new organization under its expanded parent — and never asks
// for the whole registry (GET /api/orgs). Screenshots at 1366×768 go to /tmp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { removeDataDir, startApp } from './harness/app.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { launchChromium } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'union' } });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) removeDataDir(app.dataDir);
});

const row = (id: string) => `tr[data-org-id="${id}"]`;
const toggle = (id: string) => `[data-testid="org-toggle"][data-org-id="${id}"]`;

describe('admin: the organization tree at union scale', () => {
  it('walks 84,000 organizations level by level and by search', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-admin');
    const page = await ctx.newPage();
    const asked: string[] = [];
    const levels: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      asked.push(`${r.method()} ${url.pathname}`);
      // the tree's levels (the header's own ask for the user's organization has limit=0)
      if (url.pathname === '/api/orgs/tree' && url.searchParams.get('limit') !== '0') {
        levels.push(url.searchParams.get('parent') ?? '(top)');
      }
    });
    await page.goto(`${app.url}/admin/orgs`);

    // the single root opens at once: the root and its 80 regions, nothing deeper
    await page.waitForSelector(row('u-r80'));
    expect(await page.getAttribute(toggle('u-r2'), 'aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="org-tree"] tbody tr[data-org-id]').count()).toBe(81);
    expect(await page.locator(row('u-r2-l1')).count()).toBe(0);

    await page.click(toggle('u-r2'));
    await page.waitForSelector(row('u-r2-l30'));
    await page.click(toggle('u-r2-l1'));
    await page.waitForSelector(row('u-r2-l1-p34'));
    expect(await page.getAttribute(toggle('u-r2-l1'), 'aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid="org-tree"] tbody tr[data-org-id]').count()).toBe(
      81 + 30 + 34,
    );
    await page.screenshot({ path: '/tmp/e2e-admin-orgs-tree.png' });

    // a new organization appears under its expanded parent (only that level asked again)
    await page.click(`${row('u-r2-l1')} [data-testid="org-add-child"]`);
    await page.fill('input[data-testid="org-code"]', 'E2E-NEW');
    await page.fill('input[data-testid="org-name"]', 'Аааа школа');
    await page.click('[data-testid="org-save"]');
    await page.waitForSelector('[data-testid="org-form-dialog"]', { state: 'hidden' });
    const created = page.locator('[data-testid="org-tree"] tr', { hasText: 'Аааа школа' });
    await created.waitFor();
    // sorted first among the local's children, right below it
    const ids = await page
      .locator('[data-testid="org-tree"] tbody tr[data-org-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-org-id')));
    expect(ids[ids.indexOf('u-r2-l1') + 1]).toBe(await created.getAttribute('data-org-id'));

    // collapsing hides the level without asking again
    await page.click(toggle('u-r2'));
    await page.waitForSelector(row('u-r2-l1'), { state: 'detached' });

    // search on the server, with the path to tell the hit apart
    await page.fill('[data-testid="org-tree-search"]', 'Первичная организация № 7 (р. 5, м. 3)');
    await page.waitForSelector(row('u-r5-l3-p7'));
    expect(await page.locator(row('u-r5-l3-p7')).textContent()).toContain('Регион № 5');
    await page.screenshot({ path: '/tmp/e2e-admin-orgs-search.png' });

    expect(asked.filter((p) => p === 'GET /api/orgs')).toEqual([]);
    // each level once, and the local's again after the creation
    expect(levels).toEqual(['(top)', 'central', 'u-r2', 'u-r2-l1', 'u-r2-l1']);
    await ctx.close();
  });
});
