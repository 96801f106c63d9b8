// The organization page on a 1024×768 screen as on a school PC's 1366×768, in Russian and
// English: every control of the organization bar and the member toolbar is on the screen,
// whole and clickable (nothing pushed out or cut); the user menu's organization and role
// fit the header, ending in an ellipsis with the whole text as a tooltip when they must.
// The «Вид» menu opens inside the window wherever the wrapped toolbar puts its button.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login, openAs } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const WIDTHS = [1024, 1366] as const;

/** The bar's and toolbar's controls that are off the screen, cut, or covered at their centre. */
const misplaced = (page: Page) =>
  page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        '.org .bar :is(a, button, input, select), .toolbar :is(button, input, select, .count)',
      ),
    ].filter((e) => e.getBoundingClientRect().width > 0);
    const bad = controls.filter((e) => {
      const r = e.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return (
        r.left < 0 ||
        r.right > innerWidth ||
        r.bottom > innerHeight ||
        e.scrollWidth > e.clientWidth + 1 ||
        !(hit && (e === hit || e.contains(hit)))
      );
    });
    return {
      count: controls.length,
      bad: bad.map((e) => e.dataset['testid'] ?? e.textContent?.trim()),
      pageWidth: document.documentElement.scrollWidth,
    };
  });

/** The user menu's button and its subtitle: within the header, cut only with a tooltip. */
const userMenu = (page: Page) =>
  page.evaluate(() => {
    const who = document.querySelector<HTMLElement>('[data-testid=user-menu]')!;
    const summary = document.querySelector<HTMLElement>('[data-testid=user-summary]')!;
    const header = who.closest('header') ?? document.body;
    return {
      inside: who.getBoundingClientRect().right <= header.getBoundingClientRect().right,
      nameWhole:
        document.querySelector<HTMLElement>('[data-testid=user-name]')!.scrollWidth <=
        document.querySelector<HTMLElement>('[data-testid=user-name]')!.clientWidth + 1,
      text: summary.textContent,
      cut: summary.scrollWidth > summary.clientWidth,
      title: summary.getAttribute('title'),
      width: Math.round(who.getBoundingClientRect().width),
      pageWidth: document.documentElement.scrollWidth,
    };
  });

describe('the organization page at 1024 and 1366 px', () => {
  it('keeps every control of the bar and the member toolbar on the screen, whole and clickable', async () => {
    for (const width of WIDTHS) {
      const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', {
        context: { viewport: { width, height: 768 } },
      });
      if (await page.locator('[data-testid=tasks-entry-close]').count()) {
        await page.click('[data-testid=tasks-entry-close]');
      }
      // A selected row: the toolbar at its fullest (remove, registration record, delete).
      await page.click('.ag-row[row-index="2"] .ag-cell[col-id=surname]');
      for (const locale of ['ru', 'en']) {
        if (locale === 'en') {
          await page.click('[data-testid=locale-switch]');
          await page.waitForSelector('[data-testid=tab-members]:has-text("Members")');
        }
        const layout = await misplaced(page);
        expect(layout.count).toBeGreaterThan(20);
        expect({ ...layout, count: 0 }).toEqual({ count: 0, bad: [], pageWidth: width });
        // Playwright's own check that a click would land on each enabled control.
        for (const id of [
          'export-csv',
          'export-xlsx',
          'import-button',
          'columns-manage',
          'member-search',
        ]) {
          await page.locator(`[data-testid=${id}]`).click({ trial: true, timeout: 5_000 });
        }
        await page.screenshot({ path: `/tmp/narrow-toolbar-${locale}-${width}.png` });
      }
      // The arrows alone still name themselves.
      expect(await page.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(1);
      await ctx.close();
    }
  });

  it('fits the user menu’s organization and role in the header, with a tooltip when cut', async () => {
    for (const [user, path] of [
      ['demo-school4', '/org/school-004'],
      ['demo-city', '/dashboard/belgorod-city'],
      ['demo-admin', '/admin/users'],
    ] as const) {
      for (const width of WIDTHS) {
        const ctx = await browser.newContext({ viewport: { width, height: 768 } });
        const page = await ctx.newPage();
        await login(page, app, user);
        await page.goto(`${app.url}${path}`);
        await page.waitForSelector('[data-testid=user-summary]:has-text("·")');
        const m = await userMenu(page);
        expect(m).toMatchObject({ inside: true, nameWhole: true, pageWidth: width });
        // at the cap (a fraction of the window), the rounded width may round up
        expect(m.width).toBeLessThanOrEqual(Math.round((width < 1200 ? 0.3 : 0.42) * width));
        expect(m.title).toBe(m.cut ? m.text : null);
        await page.screenshot({ path: `/tmp/narrow-user-${user}-${width}.png` });
        await ctx.close();
      }
    }
  });

  it('opens «Вид» inside the window when the card buttons push it to the left of a new row', async () => {
    // 1366 first: cards issued in this page add «Выдано билетов: N», which wraps «Вид» to
    // the start of the next row there.
    for (const width of [...WIDTHS].reverse()) {
      const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004', {
        context: { viewport: { width, height: 768 } },
      });
      if (await page.locator('[data-testid=tasks-entry-close]').count()) {
        await page.click('[data-testid=tasks-entry-close]');
      }
      // A selected member with a card: the card buttons fill the row and «Вид» wraps.
      await page.click('.ag-row[row-index="2"] .ag-cell[col-id=surname]');
      if ((await page.locator('[data-testid=card-reissue]').count()) === 0) {
        await page.click('[data-testid=cards-issue]');
        await page.locator('[data-testid=card-reissue]').waitFor();
      }
      await page.click('[data-testid=view-menu]');
      const panel = await page.locator('[data-testid=view-panel]').boundingBox();
      const button = await page.locator('[data-testid=view-menu]').boundingBox();
      expect(panel).not.toBeNull();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(width);
      // still under its button
      expect(panel!.y).toBeGreaterThan(button!.y);
      await page.screenshot({ path: `/tmp/narrow-view-menu-${width}.png` });
      await ctx.close();
    }
  });
});
