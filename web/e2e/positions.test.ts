// Activists and bodies end to end: the chair of Школа № 4 records the chair's and a
// deputy's posts with terms in the «Актив» tab, the city committee records its own chair
// (a member of Школа № 5, found in that register by name: the post holds the member id);
// the city's /chairs shows primary and
// territorial chairs with their terms of office, and the elections calendar lists those
// whose term ends within six months — not the deputy elected for three years. Ending a
// post removes it from the card index. The printed registration card and application fit
// one A4 page each (Chromium's PDF). Screenshots at 1366×768 go to SCREENSHOT_DIR when set.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { emptyMember } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { waitForSyncState } from './harness/browser.ts';
import {
  applicationHtml,
  registrationCardHtml,
} from '../src/lib/features/member-records/record-sheets.ts';
import { application, registrationCard } from '../src/lib/features/member-records/record-data.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const SHOTS = process.env['SCREENSHOT_DIR'];
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, name) });
};
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');
const monthsFromNow = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  d.setUTCDate(15);
  return iso(d);
};

async function openPositions(user: string, orgId: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await login(ctx, app, user);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/org/${orgId}`);
  await page.waitForSelector('[data-testid=tab-positions]', { timeout: 90_000 });
  await page.click('[data-testid=tab-positions]');
  await page.waitForSelector('[data-testid=positions-table]', { timeout: 90_000 });
  return page;
}

async function addPost(
  page: Page,
  post: {
    role: string;
    member?: number;
    name?: string;
    org?: string;
    start: string;
    termEnd: string;
  },
): Promise<void> {
  const before = await page.locator('[data-testid=position-row]').count();
  await page.selectOption('[data-testid=position-role]', post.role);
  if (post.member !== undefined) {
    await page.selectOption('[data-testid=position-member]', { index: post.member });
  } else {
    await page.selectOption('[data-testid=position-member]', '');
    await page.fill('[data-testid=position-name]', post.name ?? '');
    if (post.org) {
      await page.fill('[data-testid=position-org-search]', post.org);
      await page.waitForSelector('[data-testid=position-org] option:nth-child(2)', {
        state: 'attached',
        timeout: 90_000,
      });
      await page.selectOption('[data-testid=position-org]', { index: 1 });
    }
    await page.click('[data-testid=position-find]');
    await expect
      .poll(() => page.textContent('[data-testid=position-found]'), { timeout: 30_000 })
      .toContain('Найден(а) в реестре');
  }
  // a start that is no date is named as such, and nothing is added
  await page.fill('[data-testid=position-start]', '31.02.2026');
  await page.click('[data-testid=position-save]');
  expect(await page.textContent('[data-testid=position-error]')).toBe('Такой даты нет: 31.02.2026');
  await page.fill('[data-testid=position-start]', ru(post.start));
  await page.fill('[data-testid=position-term-end]', ru(post.termEnd));
  await page.fill('[data-testid=position-basis]', 'протокол № 3');
  await page.click('[data-testid=position-save]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=position-row]').length === n,
    before + 1,
  );
}

describe('positions → the chairs card index and the elections calendar', () => {
  const soon = monthsFromNow(3);
  const later = monthsFromNow(5);
  const far = monthsFromNow(36);

  it(
    'records posts with terms; /chairs shows primary and territorial chairs and whose term ends soon',
    { timeout: 600_000 },
    async () => {
      const school = await openPositions('demo-school4', 'school-004');
      // a bad term is refused with the reason, nothing recorded
      await school.selectOption('[data-testid=position-member]', { index: 1 });
      await school.fill('[data-testid=position-start]', ru(soon));
      await school.fill('[data-testid=position-term-end]', '01.01.2020');
      await school.click('[data-testid=position-save]');
      await expect
        .poll(() => school.textContent('[data-testid=position-error]'))
        .toContain('раньше, чем начался');
      expect(await school.locator('[data-testid=position-row]').count()).toBe(0);

      await addPost(school, { role: 'chair', member: 1, start: '2021-03-01', termEnd: soon });
      await addPost(school, { role: 'deputy', member: 2, start: '2024-03-01', termEnd: far });
      const chairName = (await school.textContent('tr[data-role=chair] td:nth-child(2)'))!.trim();
      const deputyName = (await school.textContent('tr[data-role=deputy] td:nth-child(2)'))!.trim();
      await waitForSyncState(school, 'online', 0);
      await shot(school, 'positions-school.png');

      // the city's chair is a member of Школа № 5 (a name its chair sees in the register)
      const school5 = await openPositions('demo-school5', 'school-005');
      const names = await school5.locator('[data-testid=position-member] option').allTextContents();
      const cityChair = names.slice(1).find((n) => names.filter((x) => x === n).length === 1)!;
      const citySurname = cityChair.split(' ')[0]!;
      await school5.context().close();
      const city = await openPositions('demo-city', 'belgorod-city');
      await addPost(city, {
        role: 'chair',
        name: cityChair.toLowerCase(),
        org: 'Школа № 5',
        start: '2021-11-01',
        termEnd: later,
      });
      expect(await city.textContent('tr[data-role=chair]')).toContain('Школа № 5');
      // the registered name, not the one typed
      expect(await city.textContent('tr[data-role=chair]')).toContain(cityChair);
      await waitForSyncState(city, 'online', 0);

      await city.goto(`${app.url}/chairs`);
      await city.waitForSelector('[data-testid=chairs-table]');
      await city.fill('[data-testid=chairs-search]', chairName);
      await expect
        .poll(() => city.textContent('[data-testid=chairs-table] tbody'), { timeout: 90_000 })
        .toContain(`${ru('2021-03-01')} – ${ru(soon)}`);
      await city.fill('[data-testid=chairs-search]', citySurname);
      await expect
        .poll(() => city.textContent('[data-testid=chairs-table] tbody'))
        .toContain(`${ru('2021-11-01')} – ${ru(later)}`);
      await city.fill('[data-testid=chairs-search]', '');
      await city.reload();
      await city.waitForSelector('[data-testid=elections]');
      const due = await city.locator('[data-testid=election-due]').allTextContents();
      const text = due.join('\n');
      expect(text).toContain(chairName);
      expect(text).toContain(cityChair);
      expect(text).not.toContain(deputyName);
      // soonest first
      expect(text.indexOf(chairName)).toBeLessThan(text.indexOf(cityChair));
      await shot(city, 'chairs-elections.png');

      // the school ends its deputy's term: the deputy leaves the card index
      await school.click('tr[data-role=deputy] [data-testid=position-end]');
      await school.fill('[data-testid=position-end-date]', ru(iso(new Date())));
      await school.click('[data-testid=position-end-confirm]');
      await school.waitForSelector('tr[data-role=deputy]', { state: 'detached' });
      await waitForSyncState(school, 'online', 0);
      await city.fill('[data-testid=chairs-search]', deputyName);
      await expect
        .poll(
          async () => {
            await city.reload();
            await city.waitForSelector('[data-testid=chairs-table]');
            await city.fill('[data-testid=chairs-search]', deputyName);
            return city.locator('[data-testid=chairs-table] [data-testid=chair-term]').count();
          },
          { timeout: 90_000 },
        )
        .toBe(0);
    },
  );
});

describe('printed member records', () => {
  const member = {
    ...emptyMember('m1'),
    surname: 'Иванова',
    name: 'Анна',
    patronymic: 'Сергеевна',
    birthDate: '1988-07-14',
    gender: 'female',
    position: 'учитель математики',
    category: 'working',
    joinedDate: '2015-09-01',
    cardNumber: '31-00000042-77',
    phone: '+7 900 123-45-67',
    email: 'ivanova@school4.ru',
    status: 'active',
    consentDate: '2015-09-01',
    consentForm: 'written',
  };

  it('the registration card and the application each fill one A4 page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await ctx.newPage();
    const sheets = {
      card: registrationCardHtml(
        registrationCard(
          member,
          'МБОУ «Средняя общеобразовательная школа № 4» г. Белгорода',
          [],
          [],
          '2026-12-04',
        ),
      ),
      application: applicationHtml(
        application(member, 'МБОУ «Средняя общеобразовательная школа № 4» г. Белгорода'),
      ),
    };
    for (const [name, html] of Object.entries(sheets)) {
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      expect(await page.textContent('body')).toContain('Иванова Анна Сергеевна');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `record-${name}.png`), fullPage: true });
    }
    await ctx.close();
  });
});
