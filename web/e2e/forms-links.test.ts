// The forms page carries the organization's section links, as the summary, report, tables and
// requests pages do: a school chair's lead with the school's member list; a city committee's has no member
// list link. Screenshots at 1366 and 1024 px, Russian and English, go to /tmp.
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

describe('forms page section links', () => {
  it('shows a school chair and a city committee the links that apply to them', async () => {
    for (const [user, orgId, expected] of [
      ['demo-school4', 'school-004', ['members', 'summary', 'report', 'tables', 'requests']],
      ['demo-city', 'belgorod-city', ['summary', 'report', 'tables', 'requests']],
    ] as const) {
      for (const [lang, width] of [
        ['ru', 1366],
        ['en', 1024],
      ] as const) {
        const ctx = await browser.newContext({ viewport: { width, height: 768 } });
        await ctx.addInitScript((l) => localStorage.setItem('profgrid.locale', l), lang);
        await login(ctx, app, user);
        const page = await ctx.newPage();
        await page.goto(`${app.url}/forms/${orgId}`);
        await page.locator('[data-testid=org-links]').waitFor();
        await expect
          .poll(() =>
            page
              .locator('.links a[data-link]')
              .evaluateAll((as) => as.map((a) => a.getAttribute('data-link'))),
          )
          .toEqual(expected);
        await page.screenshot({ path: `/tmp/forms-links-${user}-${lang}-${width}.png` });
        if (user === 'demo-school4') {
          expect(await page.textContent('a[data-link=members]')).toBe(
            lang === 'ru' ? 'Члены профсоюза' : 'Members',
          );
          // One name for the dashboard everywhere: the link says what the header says.
          expect(await page.textContent('a[data-link=summary]')).toBe(
            lang === 'ru' ? 'Сводка' : 'Dashboard',
          );
          await page.click('a[data-link=members]');
          await page.waitForURL(`${app.url}/org/${orgId}`);
          // The school's other section pages lead with its member list too; the list
          // itself does not link to itself.
          for (const [path, here] of [
            ['requests', 'requests'],
            ['tables', 'tables'],
            ['dashboard', 'summary'],
            ['report', 'report'],
          ] as const) {
            await page.goto(`${app.url}/${path}/${orgId}`);
            await expect
              .poll(() =>
                page
                  .locator('[data-testid=org-links] a[data-link]')
                  .evaluateAll((as) => as.map((a) => a.getAttribute('data-link'))),
              )
              .toEqual(
                ['members', 'summary', 'report', 'forms', 'tables', 'requests'].filter(
                  (id) => id !== here,
                ),
              );
          }
          // Nothing open yet for the school: each empty page says why and what comes next.
          for (const [path, hook, words] of [
            ['forms', 'campaigns-none', { ru: 'вышестоящий комитет', en: 'committee above' }],
            ['requests', 'requests-none', { ru: 'вышестоящий комитет', en: 'committee above' }],
            ['tables', 'tables-none', { ru: '«Создать таблицу»', en: '«Create a table»' }],
          ] as const) {
            await page.goto(`${app.url}/${path}/${orgId}`);
            expect(await page.locator(`[data-testid=${hook}]`).textContent()).toContain(
              words[lang],
            );
          }
          await page.goto(`${app.url}/org/${orgId}`);
          await page.locator('[data-testid=org-links]').waitFor();
          expect(await page.locator('[data-testid=org-links] a[data-link=members]').count()).toBe(
            0,
          );
        }
        await ctx.close();
      }
    }
  });

  it('tells a committee’s viewer whose requests its empty requests page will list', async () => {
    const ctx = await browser.newContext();
    await login(ctx, app, 'demo-viewer');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/requests/belgorod-city`);
    // Not «the committee above sends them» only: the city's own requests to its schools show here too.
    await expect
      .poll(() => page.locator('[data-testid=requests-none]').textContent())
      .toContain('комитет отправит подчинённым организациям');
    await ctx.close();
  });
});
