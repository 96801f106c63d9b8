// A switch of language in an open member list: the grid's filters speak the new language
// (made again, the date box's placeholder included) and keep what they filter by.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const surnames = (page: import('playwright-core').Page) =>
  page.$$eval('.ag-cell[col-id=surname]', (cells) => cells.map((c) => c.textContent?.trim()));

describe('the member list after a switch of language', () => {
  it('makes its filters again in the new language, each keeping what it filters by', async () => {
    const [ctx, page] = await openAs(browser, app, 'demo-school4', 'school-004');
    const dateBox = '.ag-floating-filter[col-id=birthDate] input[placeholder]';
    expect(await page.getAttribute(dateBox, 'placeholder')).toBe('ДД.ММ.ГГГГ');
    const [first] = await surnames(page);
    await page.locator('.ag-floating-filter[col-id=surname] input').fill(first!);
    await page.waitForFunction((surname) => {
      const cells = [...document.querySelectorAll('.ag-cell[col-id=surname]')];
      // «Иванов» also finds «Иванова»: the filter is «contains».
      return cells.length > 0 && cells.every((c) => c.textContent?.includes(surname));
    }, first!);
    const filtered = await surnames(page);
    await page.click('[data-testid=locale-switch]');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('placeholder') === 'DD.MM.YYYY',
      dateBox,
    );
    // Still filtered by what was typed, in the box and in the rows.
    expect(await page.inputValue('.ag-floating-filter[col-id=surname] input')).toBe(first);
    expect(await surnames(page)).toEqual(filtered);
    await ctx.close();
  });
});
