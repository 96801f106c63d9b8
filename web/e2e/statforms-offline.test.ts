// The form page offline: a chair who opened the 5-СП once (never the member list) loses
// the network, reloads, and still sees the form — the register lines recounted from the
// document kept in this browser, equal to the relay's — fills hand-kept lines, saves the
// draft on this computer, is refused «Сдать» with a Russian message, and finds the draft
// sent when the network is back. A form never opened here says so. A committee offline
// sees its consolidated form with its own lines recounted from its own document (a member
// it adds offline counts at once) and the subordinates' sum as last answered. Screenshots
// (1366×768) in /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Statform } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const AS_OF = '2026-12-01';
const VIEW = { width: 1366, height: 768 };

describe('statistical forms offline', () => {
  it(
    'a chair opens, fills and sees the form offline; the draft is sent when online, «Сдать» waits',
    {
      timeout: 300_000,
    },
    async () => {
      const cityCtx = await browser.newContext();
      await login(cityCtx, app, 'demo-city');
      const opened = await cityCtx.request.post(
        `${app.url}/api/orgs/belgorod-city/statform-campaigns`,
        {
          data: { asOf: AS_OF, deadline: '2026-12-20' },
          headers: { origin: app.url },
        },
      );
      expect(opened.status()).toBe(201);
      await cityCtx.close();

      const ctx = await browser.newContext({ viewport: VIEW });
      // a cold page on a loaded machine is slow, not broken
      ctx.setDefaultTimeout(60_000);
      await login(ctx, app, 'demo-school4');
      const page = await ctx.newPage();
      const formUrl = `${app.url}/forms/school-004/${AS_OF}`;
      await page.goto(formUrl);
      // Opened online once: the relay's form, and the register kept in this browser.
      await page.waitForSelector(
        '[data-testid=form-view][data-state=not-started][data-local-copy="1"]',
      );
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const relay = (await (
        await ctx.request.get(`${app.url}/api/orgs/school-004/statforms?asOf=${AS_OF}`)
      ).json()) as Statform;
      const value = (code: string) =>
        page.locator(`[data-testid=form-line][data-code="${code}"]`).getAttribute('data-value');

      await ctx.setOffline(true);
      await page.reload();
      const offline = page.locator('[data-testid=form-offline]');
      await offline.waitFor();
      expect(await offline.getAttribute('data-recounted')).toBe('1');
      expect(await offline.textContent()).toContain('Нет связи с сервером');
      for (const code of ['11', '12', '15', '16', '20', '21', '35', '36']) {
        const line = relay.lines.find((l) => l.code === code)!;
        expect(await value(code), `line ${code}`).toBe(String(line.value));
      }
      // The campaign list is there too, as last received.
      await page.waitForSelector(`[data-testid=campaign-row][data-as-of="${AS_OF}"]`);

      // Filling offline: the hand-kept line is checked here (against line 36 as counted
      // from the position records), the draft is kept here.
      const safety = relay.lines.find((l) => l.code === '36')!.value!;
      await page.fill('[data-testid=form-manual-37]', String(safety + 1));
      await page.getByText('Строка 37 не может быть больше строки 36').waitFor();
      await page.fill('[data-testid=form-manual-37]', String(safety));
      await page.click('[data-testid=form-save]');
      await page.waitForSelector('[data-testid=form-saved-local]');
      expect(await value('37')).toBe(String(safety));
      const inputs = page.locator('[data-testid^=form-explain-]');
      for (let i = 0; i < (await inputs.count()); i++) {
        await inputs.nth(i).fill('Уточняем данные у членов профсоюза');
      }
      await page.click('[data-testid=form-hand-in]');
      const refused = page.locator('[data-testid=form-offline-refused]');
      await refused.waitFor();
      expect(await refused.textContent()).toContain('только при подключении к сети');
      expect(await page.locator('[data-testid=form-view]').getAttribute('data-state')).toBe(
        'not-started',
      );
      await page.screenshot({ path: '/tmp/statforms-offline.png' });

      // Still offline, a reload keeps what was typed.
      await page.reload();
      await offline.waitFor();
      expect(await page.inputValue('[data-testid=form-manual-37]')).toBe(String(safety));

      // A form never opened here cannot be shown offline, and says why.
      await page.goto(`${app.url}/forms/school-004/2026-11-01`);
      const never = page.locator('[data-testid=form-error]');
      await never.waitFor();
      expect(await never.textContent()).toContain('ещё не открывался');

      // Back online: the draft goes to the relay and the relay's form replaces the local one.
      await page.goto(formUrl);
      await offline.waitFor();
      await ctx.setOffline(false);
      await page.waitForSelector('[data-testid=form-view][data-state=draft]');
      expect(await offline.count()).toBe(0);
      const sent = (await (
        await ctx.request.get(`${app.url}/api/orgs/school-004/statforms?asOf=${AS_OF}`)
      ).json()) as Statform;
      expect(sent.manual).toEqual({ '37': safety });
      const failing = sent.checks.filter((c) => !c.ok).map((c) => c.id);
      expect(Object.keys(sent.explanations).sort()).toEqual(failing.sort());
      await page.click('[data-testid=form-hand-in]');
      await page.waitForSelector('[data-testid=form-view][data-state=submitted]');
      await ctx.close();
    },
  );

  it(
    "a committee offline recounts its own lines from its own document, the subordinates' sum as answered",
    { timeout: 300_000 },
    async () => {
      const asOf = '2026-12-31';
      const ctx = await browser.newContext({ viewport: VIEW });
      ctx.setDefaultTimeout(60_000);
      await login(ctx, app, 'demo-city');
      const opened = await ctx.request.post(
        `${app.url}/api/orgs/belgorod-city/statform-campaigns`,
        { data: { asOf, deadline: '2027-01-20' }, headers: { origin: app.url } },
      );
      expect(opened.status()).toBe(201);
      const page = await ctx.newPage();
      const formUrl = `${app.url}/forms/belgorod-city/${asOf}`;
      await page.goto(formUrl);
      // Opened online once: the committee's own register is kept in this browser.
      await page.waitForSelector('[data-testid=form-view][data-kind="4-SP"][data-local-copy="1"]');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const relay = (await (
        await ctx.request.get(`${app.url}/api/orgs/belgorod-city/statforms?asOf=${asOf}`)
      ).json()) as Statform;
      expect(relay.own).toBeDefined();
      const answered = (code: string) => relay.lines.find((l) => l.code === code)!.value!;
      const value = (code: string) =>
        page.locator(`[data-testid=form-line][data-code="${code}"]`).getAttribute('data-value');

      // Offline, the committee adds a member of its own, then opens its form.
      await ctx.setOffline(true);
      // The committee's own list is empty so far: the grid shows no rows to wait for.
      await page.goto(`${app.url}/org/belgorod-city`);
      await page.click('[data-testid=add-member]');
      await page.waitForSelector('.ag-row[row-id]');
      await page.goto(formUrl);
      const offline = page.locator('[data-testid=form-offline]');
      await offline.waitFor();
      expect(await offline.getAttribute('data-recounted')).toBe('1');
      expect(await offline.textContent()).toContain('Собственные строки комитета пересчитаны');
      expect(await value('11')).toBe(String(answered('11') + 1));
      // Lines the committee's own register does not change stay as the relay summed them.
      for (const code of ['02', '03', '04']) {
        expect(await value(code), `line ${code}`).toBe(String(answered(code)));
      }
      await page.screenshot({ path: '/tmp/statforms-offline-committee.png' });
      await ctx.close();
    },
  );
});
