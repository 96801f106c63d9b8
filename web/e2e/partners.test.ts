// A committee keeps its discount partners in the browser: the city committee opens its
// card statistics, goes to «Партнёры», adds a partner (a mistyped date is named under its
// field and nothing is sent), edits it, gives it a login; that login signs in on /check and
// is named there as the partner. Suspended, the partner is marked so in the list and its
// login checks as an anonymous visitor; resumed, it is the partner again. A school's chair
// reads no committee list. On the users page a root admin, whose user list holds every
// login, sees a partner's login once: in the partners' logins, not in the users' table.
// With PG_SCREENSHOTS=<dir> the screens are written there at
// 1366×768 for a look.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login, submitLogin } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const shots = process.env['PG_SCREENSHOTS'];
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
};

const row = (page: Page, name: string) =>
  page.locator(`[data-testid=partners-table] tr[data-partner="${name}"]`);

describe('discount partners', () => {
  it('the city committee adds, edits, suspends and resumes a partner and gives it a login', async () => {
    const cityCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const partnerCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      await login(cityCtx, app, 'demo-city');
      const city = await cityCtx.newPage();
      await city.goto(`${app.url}/cards/belgorod-city`);
      await city.click('[data-testid=partners-link]');
      await city.waitForSelector('[data-testid=partners-page][data-loaded=true]');
      expect(city.url()).toBe(`${app.url}/cards/belgorod-city/partners`);

      // Add: a mistyped date is named under its field, nothing is sent.
      await city.click('[data-testid=partner-add]');
      const dialog = city.locator('[data-testid=partner-dialog]');
      await dialog.waitFor();
      await city.fill('[data-testid=partner-name]', 'Книжный «Буквоед»');
      await city.selectOption('[data-testid=partner-category]', 'culture');
      await city.fill('[data-testid=partner-discount]', '10 % на всё');
      await city.fill(
        '[data-testid=partner-addresses]',
        'Белгород, ул. Попова, 36\nБелгород, пр. Богдана Хмельницкого, 80',
      );
      await city.fill('[data-testid=partner-territory]', 'Белгород');
      await city.fill('[data-testid=partner-valid-from]', '01.01.2026');
      await city.fill('[data-testid=partner-valid-to]', '31.13.2027');
      await city.fill('[data-testid=partner-contact]', '+7 4722 33-44-55');
      await city.click('[data-testid=partner-save]');
      expect(await dialog.textContent()).toContain('Такой даты нет: 31.13.2027');
      await shot(city, 'partner-dialog');
      const listed = await cityCtx.request.get(`${app.url}/api/orgs/belgorod-city/partners`);
      expect(JSON.stringify(await listed.json())).not.toContain('Буквоед');
      await city.fill('[data-testid=partner-valid-to]', '31.12.2027');
      await city.click('[data-testid=partner-save]');
      await city.waitForSelector('[data-testid=partners-message]');
      const book = row(city, 'Книжный «Буквоед»');
      await book.waitFor();
      expect(await book.getAttribute('data-state')).toBe('active');
      expect(await book.textContent()).toContain('с 01.01.2026 по 31.12.2027');
      expect(await book.textContent()).toContain('Культура');

      // Edit: the form opens with the partner's values, the change shows in the list.
      await book.locator('[data-testid=partner-edit]').click();
      expect(await city.inputValue('[data-testid=partner-valid-to]')).toBe('31.12.2027');
      await city.fill('[data-testid=partner-discount]', '15 % на всё');
      await city.click('[data-testid=partner-save]');
      await city.waitForFunction(() =>
        document
          .querySelector('[data-testid=partners-table]')
          ?.textContent?.includes('15 % на всё'),
      );

      // A login for the partner's till.
      await book.locator('[data-testid=partner-accounts-open]').click();
      const accounts = city.locator('[data-testid=partner-accounts-dialog]');
      await accounts.waitFor();
      await city.fill('[data-testid=partner-account-login]', 'bukvoed-kassa');
      await city.fill('[data-testid=partner-account-name]', 'Буквоед, касса 1');
      const password = 'Bukvoed-Kassa-2026!';
      await city.fill('[data-testid=partner-account-password]', password);
      await city.click('[data-testid=partner-account-create]');
      await city.waitForSelector('[data-testid=partner-accounts] tr[data-login=bukvoed-kassa]');
      await shot(city, 'partner-accounts');
      await city.keyboard.press('Escape');

      // The till signs in and checks cards as the partner.
      const till = await partnerCtx.newPage();
      await till.goto(`${app.url}/login?next=%2Fcheck`);
      await submitLogin(till, 'bukvoed-kassa', password);
      await till.waitForURL(`${app.url}/check`);
      await till.waitForFunction(() =>
        document.querySelector('[data-testid=check-partner]')?.textContent?.includes('Буквоед'),
      );

      // Suspended: marked in the list; the till checks like any visitor.
      await book.locator('[data-testid=partner-toggle]').click();
      await city.waitForSelector('tr[data-partner="Книжный «Буквоед»"][data-state=suspended]');
      expect(await city.textContent('[data-testid=partners-message]')).toContain('приостановлен');
      await shot(city, 'partners');
      await till.reload();
      await till.waitForSelector('[data-testid=check-partner] a');
      expect(await till.textContent('[data-testid=check-partner]')).not.toContain('Буквоед');

      // Resumed: the partner again.
      await book.locator('[data-testid=partner-toggle]').click();
      await city.waitForSelector('tr[data-partner="Книжный «Буквоед»"][data-state=active]');
      await till.reload();
      await till.waitForFunction(() =>
        document.querySelector('[data-testid=check-partner]')?.textContent?.includes('Буквоед'),
      );
    } finally {
      await cityCtx.close();
      await partnerCtx.close();
    }
  }, 120_000);

  it("a school's chair sees that partners are a committee's list", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      await login(ctx, app, 'demo-school5');
      const page = await ctx.newPage();
      await page.goto(`${app.url}/cards/school-005/partners`);
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=partners-page]')?.textContent?.includes('комитеты'),
      );
      expect(await page.locator('[data-testid=partner-add]').count()).toBe(0);
    } finally {
      await ctx.close();
    }
  }, 60_000);

  it('a root admin sees each partner login once on the users page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      await login(ctx, app, 'demo-admin');
      const post = (path: string, data: unknown) =>
        ctx.request.post(`${app.url}/api${path}`, { headers: { origin: app.url }, data });
      const made = await post('/orgs/belgorod-city/partners', {
        name: 'Бассейн «Волна»',
        category: 'sport',
        discount: '20 % на абонемент',
        addresses: ['Белгород, ул. Щорса, 2'],
        territory: 'Белгород',
        validFrom: '2026-01-01',
        validTo: '',
        contact: '+7 4722 11-22-33',
      });
      expect(made.status()).toBe(201);
      const { id } = (await made.json()) as { id: string };
      const account = await post(`/orgs/belgorod-city/partners/${id}/accounts`, {
        login: 'volna-kassa',
        displayName: 'Волна, касса',
        password: 'Volna-Kassa-2026!',
      });
      expect(account.status()).toBe(201);
      // the root admin's user list holds the partner's login (no organization roles) …
      const users = await ctx.request.get(`${app.url}/api/users`);
      expect(JSON.stringify(await users.json())).toContain('volna-kassa');

      // … and the page shows it once, with its partner, where it can be disabled
      const page = await ctx.newPage();
      await page.goto(`${app.url}/admin/users`);
      const entry = page.locator('[data-testid=partner-logins] tr[data-login=volna-kassa]');
      await entry.waitFor();
      await page.waitForSelector('[data-testid=users-table] tr[data-login=demo-city]');
      expect(await page.locator('tr[data-login=volna-kassa]').count()).toBe(1);
      expect(
        await page.locator('[data-testid=users-table] tr[data-login=volna-kassa]').count(),
      ).toBe(0);
      expect(await entry.textContent()).toContain('Бассейн «Волна»');
      // One look: the partner logins' table has the users table's header, font and columns.
      const look = (table: string) =>
        page.$eval(table, (el) => ({
          header: [...el.querySelectorAll('th')].map((th) => th.textContent),
          background: getComputedStyle(el.querySelector('th')!).backgroundColor,
          font: getComputedStyle(el.querySelector('td')!).font,
          edges: [...el.querySelectorAll('th')].map((th) =>
            Math.round(th.getBoundingClientRect().x),
          ),
        }));
      expect(await look('[data-testid=partner-logins] table')).toEqual(
        await look('[data-testid=users-table]'),
      );
      await shot(page, 'users-partner-logins');
      await entry.locator('[data-testid=partner-login-toggle]').click();
      await page.waitForSelector(
        '[data-testid=partner-logins] tr[data-login=volna-kassa].disabled',
      );
      expect(await page.locator('tr[data-login=volna-kassa]').count()).toBe(1);
    } finally {
      await ctx.close();
    }
  }, 60_000);
});
