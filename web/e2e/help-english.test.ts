// The built-in help in the interface's language: with English chosen, the help index, its
// search and every page are in English (not one Russian word), and switching back to
// Russian brings the Russian pages.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { HELP_PAGES } from '../src/lib/features/help/help-pages.ts';

/** Waits until the help's screenshot is `path`, loaded whole (1366 px wide). */
const shotLoaded = (page: Page, path: string) =>
  page.waitForFunction((p) => {
    const img = document.querySelector<HTMLImageElement>('[data-testid=help-shot]');
    return !!img && new URL(img.src).pathname === p && img.complete && img.naturalWidth === 1366;
  }, path);

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('help in English', () => {
  it('shows the index, search and every page in English, and Russian again after the switch', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await ctx.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('profgrid.locale', 'en');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await ctx.newPage();
    await login(page, app, 'demo-school4');
    await page.goto(`${app.url}/help`);
    await page.waitForSelector('h1:has-text("Help")');
    const index = await page.textContent('[data-testid=help-results]');
    expect(index).toContain('Load a list from Excel');
    expect(index).not.toMatch(/[а-яё]/i);
    await page.fill('[data-testid=help-search]', 'deadline passport');
    await page.waitForSelector('[data-testid=help-results] li:first-child a[data-help=passport]');
    await page.screenshot({ path: '/tmp/help-english-search.png' });

    for (const help of HELP_PAGES) {
      await page.goto(`${app.url}/help/${help.slug}`);
      const article = page.locator(`[data-testid=help-article][data-help=${help.slug}]`);
      await article.waitFor();
      expect(await article.locator('h1, h2, p, li').allTextContents()).not.toContainEqual(
        expect.stringMatching(/[а-яё]/i),
      );
    }
    await page.goto(`${app.url}/help/import`);
    await page.waitForSelector('h1:has-text("Load a list from Excel")');
    await shotLoaded(page, '/help/import.en.png');
    await page.screenshot({ path: '/tmp/help-english-import.png', fullPage: true });

    // After one visit the help opens offline in English, with the English screenshots (the
    // service worker fetches them in the background when the help opens).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => caches.match('/help/transfer.en.png').then((r) => !!r)), {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);
    await ctx.setOffline(true);
    await page.goto(`${app.url}/help/transfer`);
    await page.waitForSelector('[data-testid=help-article][data-help=transfer]');
    await shotLoaded(page, '/help/transfer.en.png');
    await page.screenshot({ path: '/tmp/help-english-offline.png', fullPage: true });
    await ctx.setOffline(false);

    await page.click('[data-testid=locale-switch]');
    await page.waitForSelector('h1:has-text("Перевести члена профсоюза в другую организацию")');
    await shotLoaded(page, '/help/transfer.png');
    await ctx.close();
  });

  it('shows the Russian screenshot when the English one is missing', async () => {
    // Without the service worker, so the missing file is the network's answer.
    const ctx = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      serviceWorkers: 'block',
    });
    await ctx.addInitScript(() => localStorage.setItem('profgrid.locale', 'en'));
    await ctx.route('**/help/members.en.png', (route) => route.fulfill({ status: 404 }));
    const page = await ctx.newPage();
    await login(page, app, 'demo-school4');
    await page.goto(`${app.url}/help/members`);
    await page.waitForSelector('[data-testid=help-article][data-help=members]');
    await shotLoaded(page, '/help/members.png');
    await ctx.close();
  });
});
