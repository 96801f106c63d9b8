// The built-in help's screenshots come from the real app: each screen a help page describes
// is opened at 1366×768 and written to web/static/help/<slug>.png (committed, so the help
// works offline; rewritten by every run, so it never goes stale), and with the interface in
// English to <slug>.en.png (the demo's names stay Russian). Then the help itself:
// the «?» of a screen opens that screen's page, search finds pages, every page opens by its
// address (shot to /tmp), and /help with its screenshots opens offline after one visit.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { REPO_ROOT } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { HELP_PAGES } from '../src/lib/features/help/help-pages.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const VIEW = { width: 1366, height: 768 };
const SHOTS = join(REPO_ROOT, 'web/static/help');
type Lang = 'ru' | 'en';
/** web/static/help/<slug>.png in Russian, <slug>.en.png in English. */
const shotFile = (slug: string, lang: Lang) =>
  join(SHOTS, lang === 'ru' ? `${slug}.png` : `${slug}.${lang}.png`);
const shooter = (lang: Lang) => (page: Page, slug: string) =>
  page.screenshot({ path: shotFile(slug, lang), animations: 'disabled', caret: 'hide' });

async function signedIn(who: string, lang: Lang): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEW });
  // The interface's language as the reader chose it: the demo's data (names) stays Russian.
  if (lang !== 'ru') {
    await ctx.addInitScript((l) => localStorage.setItem('profgrid.locale', l), lang);
  }
  const page = await ctx.newPage();
  await login(page, app, who);
  return page;
}

const CSV = [
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Должность;Категория',
  'Иванова;Мария;Петровна;12.03.1984;женский;учитель;работающий',
  'Петров;Сергей;Иванович;01.11.1979;мужской;учитель физики;работающий',
].join('\r\n');

/** What the shots' user types, in the interface's language. */
const TYPED = {
  ru: {
    reason: 'сверка с формами',
    request: 'Готовность к отопительному сезону',
    members: 'Членов профсоюза',
    yesno: 'Котельная проверена',
  },
  en: {
    reason: 'checking against the forms',
    request: 'Ready for the heating season',
    members: 'Union members',
    yesno: 'Boiler room inspected',
  },
} as const;

/** Opens every screen a help page shows and writes its screenshot in `lang`. */
async function shootScreens(lang: Lang, openCampaign: boolean): Promise<void> {
  const shot = shooter(lang);
  const typed = TYPED[lang];
  // A campaign opened as a committee does it (once, before the first language's shots), so
  // that both languages' shots show the same state: a task for the chair and the committee.
  if (openCampaign) {
    const committee = await signedIn('demo-city', lang);
    await committee.goto(`${app.url}/forms/belgorod-city`);
    await committee.fill('[data-testid=campaign-open-as-of]', '01.12.2026');
    await committee.fill('[data-testid=campaign-open-deadline]', '20.12.2026');
    await committee.click('[data-testid=campaign-open-submit]');
    await committee.waitForSelector('[data-testid=campaign-row][data-as-of="2026-12-01"]');
    await committee.context().close();
  }
  const chair = await signedIn('demo-school4', lang);
  await chair.waitForURL((u) => u.pathname === '/org/school-004');
  await chair.waitForSelector('.ag-row[row-id]');
  // The first entry shows the tasks (the campaign's report) above the list: the start screen.
  await chair.waitForSelector('[data-testid=tasks-entry]');
  await shot(chair, 'start');
  await chair.click('[data-testid=tasks-entry-close]');
  await chair.click('.ag-row[row-index="2"] .ag-cell[col-id=surname]');
  await shot(chair, 'members');

  await chair.setInputFiles('[data-testid="import-file"]', {
    name: 'spisok.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await chair.waitForSelector('[data-testid="import-dialog"][data-stage="preview"]');
  await shot(chair, 'import');
  await chair.click('[data-testid=import-cancel]');
  await chair.waitForSelector('[data-testid="import-dialog"][data-stage=closed]', {
    state: 'attached',
  });

  await chair.click('.ag-row[row-index="1"] .ag-cell[col-id=surname]');
  await chair.click('[data-testid=remove-member]:not([disabled])');
  await chair.waitForSelector('[data-testid=remove-dialog]');
  await shot(chair, 'remove');
  await chair.keyboard.press('Escape');

  // The transfer dialog with the receiving school found, not sent.
  await chair.click('.ag-row[row-index="1"] .ag-cell[col-id=surname]');
  await chair.click('[data-testid=transfer-member]');
  await chair.fill('[data-testid=transfer-search]', 'Школа № 5');
  await chair.waitForSelector('[data-testid=transfer-hits] button[data-org-id=school-005]');
  await chair.click('[data-testid=transfer-hits] button[data-org-id=school-005]');
  await shot(chair, 'transfer');
  await chair.keyboard.press('Escape');

  await chair.click('[data-testid=tab-passport]');
  await chair.waitForSelector('[data-testid=passport-completeness]');
  await shot(chair, 'passport');

  await chair.goto(`${app.url}/report/school-004`);
  await chair.fill('[data-testid=report-reason]', typed.reason);
  await chair.click('[data-testid=report-reason-submit]');
  await chair.waitForSelector('[data-testid=report-status][data-state=ready]', {
    timeout: 60_000,
  });
  await shot(chair, 'report');
  await chair.context().close();

  const city = await signedIn('demo-city', lang);
  await city.waitForURL((u) => u.pathname === '/dashboard/belgorod-city');
  // The campaign is the committee's task too: shown above the page on its first entry in a
  // browser session (the start page's help shows it), closed here as the chair's is.
  await city.click('[data-testid=tasks-entry-close]');
  await city.waitForSelector('[data-testid=dashboard-status][data-state=live]');
  await city.waitForSelector('[data-testid=dashboard-count][data-n="154"]');
  await shot(city, 'summary');
  // The forms page: the campaign's consolidated 4-СП.
  await city.goto(`${app.url}/forms/belgorod-city/2026-12-01`);
  await city.waitForSelector('[data-testid=form-subordinates]');
  // The page's section links come with the session's grants, after the form itself.
  await city.waitForSelector('[data-testid=org-links] a');
  await shot(city, 'forms');

  // The demo's acceptance table from the minutes, with its summary.
  await city.goto(`${app.url}/table/belgorod-acceptance-2020`);
  await city.waitForSelector('[data-testid="table-grid"] .ag-row[row-id]', { timeout: 90_000 });
  await shot(city, 'tables');

  // A request being written: a question answered from the registry, one yes/no.
  await city.goto(`${app.url}/requests/belgorod-city`);
  await city.click('[data-testid=request-new]');
  await city.fill('[data-testid=request-title]', typed.request);
  await city.fill('[data-testid=request-deadline]', '20.12.2026');
  const questions = city.locator('[data-testid=question-row]');
  await questions.nth(0).locator('[data-testid=question-label]').fill(typed.members);
  await questions.nth(0).locator('[data-testid=question-prefill]').selectOption('members');
  await city.click('[data-testid=add-question]');
  await questions.nth(1).locator('[data-testid=question-label]').fill(typed.yesno);
  await questions.nth(1).locator('[data-testid=question-type]').selectOption('yesno');
  await shot(city, 'requests');
  await city.context().close();
}

describe('help screenshots from the real app', () => {
  it('writes a screenshot of every screen a help page shows, in Russian and in English', async () => {
    await shootScreens('ru', true);
    await shootScreens('en', false);
    for (const page of HELP_PAGES.filter((p) => p.screenshot)) {
      for (const lang of ['ru', 'en'] as const) {
        const file = shotFile(page.slug, lang);
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 15 * 60_000);
      }
    }
  }, 300_000);
});

describe('help in the app', () => {
  it('«?» opens the page of the screen; search finds pages; /help works offline', async () => {
    const page = await signedIn('demo-school4', 'ru');
    await page.waitForSelector('.ag-row[row-id]');
    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=help-here]');
    await page.waitForSelector('[data-testid=help-article][data-help=members]');
    await page.goto(`${app.url}/org/school-004?tab=passport`);
    await page.waitForSelector('[data-testid=passport-completeness]');
    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=help-here]');
    await page.waitForSelector('[data-testid=help-article][data-help=passport]');

    await page.click('[data-testid=help-menu]');
    await page.click('[data-testid=help-all]');
    await page.fill('[data-testid=help-search]', 'эксель загрузка');
    await page.waitForSelector('[data-testid=help-none]');
    await page.fill('[data-testid=help-search]', 'Excel');
    await page.waitForSelector('[data-testid=help-results] a[data-help=import]');
    await page.screenshot({ path: '/tmp/e2e-help-search.png' });

    // Every help page opens by its address and is shot as the reader sees it.
    for (const help of HELP_PAGES) {
      await page.goto(`${app.url}/help/${help.slug}`);
      await page.waitForSelector(`[data-testid=help-article][data-help=${help.slug}]`);
      await page.screenshot({ path: `/tmp/e2e-help-page-${help.slug}.png`, fullPage: true });
    }

    // The service worker holds the shell and the static files, and the help's screenshots
    // once a help page was opened online: offline, the help opens with its screenshots.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => caches.match('/help/import.png').then((r) => !!r)), {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);
    await page.context().setOffline(true);
    await page.goto(`${app.url}/help/import`);
    await page.waitForSelector('[data-testid=help-article][data-help=import]');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=help-shot]');
      return !!img && img.complete && img.naturalWidth === 1366;
    });
    await page.screenshot({ path: '/tmp/e2e-help-offline.png', fullPage: true });
    await page.context().close();
  });
});
