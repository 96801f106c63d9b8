// A partner's till types card numbers on /check, online: a live card of its region reads
// «Действителен до ДД.ММ.ГГГГ» with the holder's initials, a revoked one «Недействителен — билет
// отозван», a number that was never issued «номер не найден», and a malformed one is
// named as mistyped in the page («Не проверен — номер набран с ошибкой»), no verdict on a
// card, without asking the server. Each well-formed number goes to
// POST /api/partner/check-number (never the anonymous card-status), where it is counted
// in the partner's statistics and written to the audit log (status only, no number); a
// typo is no check: neither counted nor audited.
// With PG_SCREENSHOTS=<dir> each verdict is written there at 1366×768 for a look.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { formatCardNumber } from '@profgrid/core';
import type { AuditEntry, IssuedCard, Partner, PartnerMe } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login, openAs, submitLogin } from './harness/auth.ts';
import { rowIds } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const shots = process.env['PG_SCREENSHOTS'];

async function typed(page: Page, text: string, name: string) {
  // a fresh page, so the result shown is this number's
  await page.reload();
  await page.waitForSelector('[data-testid=check-page][data-keys=true]');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=check-partner]')?.textContent?.includes('Волна'),
  );
  await page.fill('[data-testid=check-number]', text);
  await page.click('[data-testid=check-submit]');
  const result = page.locator('[data-testid=check-result]');
  await result.waitFor();
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
  return {
    valid: await result.getAttribute('data-valid'),
    reason: await result.getAttribute('data-reason'),
    text: (await result.textContent()) ?? '',
  };
}

describe('a typed card number on /check', () => {
  it('a partner sees valid, revoked, unknown and malformed; each real check is counted and audited', async () => {
    const [chairCtx, chair] = await openAs(browser, app, 'demo-school5', 'school-005', {
      pending: 0,
    });
    const cityCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const adminCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const tillCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const ids = await rowIds(chair, 2);
      const asChair = (path: string, data?: unknown) =>
        chairCtx.request.post(`${app.url}/api${path}`, { headers: { origin: app.url }, data });
      const issued = await asChair('/orgs/school-005/cards', { memberIds: ids });
      expect(issued.status()).toBe(200);
      const [live, revoked] = (await issued.json()) as IssuedCard[];
      expect((await asChair(`/orgs/school-005/cards/${revoked!.number}/revoke`)).status()).toBe(
        204,
      );

      // the city committee's partner and its till's login
      await login(cityCtx, app, 'demo-city');
      const asCity = (path: string, data: unknown) =>
        cityCtx.request.post(`${app.url}/api${path}`, { headers: { origin: app.url }, data });
      const made = await asCity('/orgs/belgorod-city/partners', {
        name: 'Бассейн «Волна»',
        category: 'sport',
        discount: '20 % на абонемент',
        addresses: ['Белгород, ул. Садовая, 5'],
        territory: 'Белгород',
        validFrom: '',
        validTo: '',
        contact: '',
      });
      expect(made.status()).toBe(201);
      const partner = (await made.json()) as Partner;
      const password = 'Volna-Kassa-2026!';
      const account = await asCity(`/orgs/belgorod-city/partners/${partner.id}/accounts`, {
        login: 'volna-kassa',
        displayName: 'Волна, касса',
        password,
      });
      expect(account.status()).toBe(201);

      const till = await tillCtx.newPage();
      const asked: string[] = [];
      till.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/api/partner/check') || path.startsWith('/api/public/card-status')) {
          asked.push(`${r.method()} ${path}`);
        }
      });
      await till.goto(`${app.url}/login?next=%2Fcheck`);
      await submitLogin(till, 'volna-kassa', password);
      await till.waitForURL(`${app.url}/check`);

      // typed as a person types it: without dashes, with spaces around
      const ok = await typed(till, ` ${live!.number.replaceAll('-', '')} `, 'check-typed-valid');
      expect(ok).toMatchObject({ valid: 'true', reason: '' });
      expect(ok.text).toMatch(/Действителен до \d{2}\.\d{2}\.\d{4}/);
      expect(ok.text).toContain(`Билет № ${live!.number}`);
      expect(await till.textContent('[data-testid=check-holder]')).toMatch(
        /Владелец: [А-ЯЁ]\. ?[А-ЯЁ]\./u,
      );

      const gone = await typed(till, revoked!.number, 'check-typed-revoked');
      expect(gone).toMatchObject({ valid: 'false', reason: 'revoked' });
      expect(gone.text).toContain('Недействителен');
      expect(gone.text).toContain('билет отозван');
      expect(await till.locator('[data-testid=check-holder]').count()).toBe(0);

      const never = formatCardNumber({ region: 31, serial: 99_999_999 })!;
      const unknown = await typed(till, never, 'check-typed-unknown');
      expect(unknown).toMatchObject({ valid: 'false', reason: 'unknown' });
      expect(unknown.text).toContain('номер не найден');

      // a wrong check digit or a short number: refused in the page, nothing sent
      const digits =
        live!.number.slice(0, -2) +
        String((Number(live!.number.slice(-2)) + 1) % 100).padStart(2, '0');
      for (const [text, name] of [
        [digits, 'check-typed-check-digit'],
        ['31-1234', 'check-typed-short'],
      ] as const) {
        const bad = await typed(till, text, name);
        // no verdict on a card the partner may have in hand: «Не проверен», not «Недействителен»
        expect(bad).toMatchObject({ valid: 'false', reason: 'bad-number' });
        expect(bad.text).toContain('Не проверен');
        expect(bad.text).not.toContain('Недействителен');
        expect(bad.text).toContain('номер набран с ошибкой');
      }

      // three numbers went to the partner's endpoint; none to the anonymous one, and no
      // typo was reported as a check (POST /api/partner/checks)
      expect(asked).toEqual(Array(3).fill('POST /api/partner/check-number'));
      // the server counted the three; the page reported no typo as a check
      const counted = async () => {
        const me = (await (
          await tillCtx.request.get(`${app.url}/api/partner/me`)
        ).json()) as PartnerMe;
        return me.months.reduce(
          (n, m) => ({ valid: n.valid + m.valid, invalid: n.invalid + m.invalid }),
          { valid: 0, invalid: 0 },
        );
      };
      expect(await counted()).toEqual({ valid: 1, invalid: 2 });

      await login(adminCtx, app, 'demo-admin');
      const audit = (await (
        await adminCtx.request.get(`${app.url}/api/audit?orgId=belgorod-city&limit=1000`)
      ).json()) as AuditEntry[];
      const checks = audit.filter((e) => e.action === 'card-check-number');
      expect(checks.map((e) => e.detail).sort()).toEqual([
        'status=revoked',
        'status=unknown',
        'status=valid',
      ]);
      expect(JSON.stringify(checks)).not.toContain(live!.number);
    } finally {
      await chairCtx.close();
      await cityCtx.close();
      await adminCtx.close();
      await tillCtx.close();
    }
  }, 150_000);
});
