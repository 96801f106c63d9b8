// Page headings before the organization's name is known: with the organization answers held
// back, the dashboard, forms, requests and report pages of the city committee show «…» in
// their heading and the header, never the organization's id; when the answer comes, its name.
// Screenshots of the waiting headings go to /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const ID = 'belgorod-city';
const PAGES = ['dashboard', 'forms', 'requests', 'report'] as const;

describe('organization name in page headings', () => {
  it('never shows the organization id while its name is on its way', async () => {
    for (const name of PAGES) {
      // a fresh context each time: no name saved in the browser from the page before
      const ctx = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        // the organization answers are the page's own, not a worker's cache
        serviceWorkers: 'block',
      });
      await login(ctx, app, 'demo-city');
      // Every change of the headings is looked at, not only the moments the test samples.
      await ctx.addInitScript((id) => {
        const w = window as unknown as { sawId: string[] };
        w.sawId = [];
        const look = () => {
          for (const el of document.querySelectorAll('h1, p.org, .pg-header > .org'))
            if (el.textContent?.includes(id)) w.sawId.push(el.textContent);
        };
        new MutationObserver(look).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }, ID);
      const held: Route[] = [];
      let release = false;
      await ctx.route('**/api/orgs/**', (route) =>
        release ? route.continue() : void held.push(route),
      );
      const page = await ctx.newPage();
      await page.goto(`${app.url}/${name}/${ID}`);
      const heading = page.locator('h1').first();
      await heading.waitFor();
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await page.locator('[data-testid=org-name-pending]').first().waitFor();
      await page.screenshot({ path: `/tmp/org-name-pending-${name}.png` });
      expect(await page.evaluate(() => (window as unknown as { sawId: string[] }).sawId)).toEqual(
        [],
      );

      release = true;
      for (const route of held.splice(0)) await route.continue();
      await expect
        .poll(() => page.locator('h1, p.org').allTextContents())
        .toContainEqual(expect.stringContaining('Белгород'));
      expect(await page.locator('[data-testid=org-name-pending]').count()).toBe(0);
      expect(await page.textContent('.pg-header > .org')).toContain('Белгород');
      expect(await page.evaluate(() => (window as unknown as { sawId: string[] }).sawId)).toEqual(
        [],
      );
      await ctx.close();
    }
  });
});
