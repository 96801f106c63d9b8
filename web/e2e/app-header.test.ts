// The app header at a school PC's 1366×768 and at 1024×768: an organization's name is whole
// where there is room; where there is not (the longest name of the demo tree), it ends in an
// ellipsis with the whole name as its tooltip, and never runs under the controls beside it.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

/** The longest organization name of the demo tree (a college in the Belgorod region). */
const LONGEST = 'regional-012';

/** The name's text, tooltip, whether it is cut, and its right edge against the controls'. */
const header = (page: Page) =>
  page.evaluate(() => {
    const org = document.querySelector<HTMLElement>('[data-testid=current-org]')!;
    const sync = document.querySelector('.pg-header .sync')!;
    return {
      text: org.textContent,
      title: org.getAttribute('title'),
      cut: org.scrollWidth > org.clientWidth,
      clear: org.getBoundingClientRect().right <= sync.getBoundingClientRect().left,
      pageWidth: document.documentElement.scrollWidth,
    };
  });

describe('the organization’s name in the app header', () => {
  it('is whole where it fits and has no tooltip', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', {
      context: { viewport: { width: 1366, height: 768 } },
    });
    const h = await header(page);
    expect(h).toMatchObject({ title: null, cut: false, clear: true, pageWidth: 1366 });
    expect(h.text).toContain('Школа № 4');
    await ctx.close();
  });

  it('ends in an ellipsis with the whole name as a tooltip where it does not, clear of the controls', async () => {
    for (const width of [1366, 1024]) {
      const [ctx, page] = await openAs(browser, app, 'demo-city', LONGEST, {
        context: { viewport: { width, height: 768 } },
      });
      const h = await header(page);
      expect(h.text).toContain('Бурцева');
      // the tooltip comes with the observer's first report, after the layout
      await expect
        .poll(() => header(page))
        .toMatchObject({ title: h.text, cut: true, clear: true });
      await page.screenshot({ path: `/tmp/app-header-${width}.png` });
      // a wider window: the whole name fits, the tooltip goes
      await page.setViewportSize({ width: 2400, height: 768 });
      await expect.poll(() => header(page)).toMatchObject({ title: null, cut: false, clear: true });
      await ctx.close();
    }
  });
});
