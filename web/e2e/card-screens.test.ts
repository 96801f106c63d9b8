// What a member and a partner see, state by state: the member's card page (phone and
// desktop, online and offline) and the partner's /check offline after one visit, with a
// QR typed in as a hand scanner types it — valid, revoked (a committee's decision synced
// before going offline), expired and forged (both signed here with the server's own key
// from DATA_DIR), signed by an unknown key, and a bare number (needs the network). Each
// verdict is asserted; with PG_SCREENSHOTS=<dir> each screen is written there to look at.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { credentialMessage, decodeCredential, encodeCredential } from '@profgrid/core';
import type { CredentialFields, IssuedCard } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';
import { rowIds } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const shots = process.env['PG_SCREENSHOTS'];
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
};

/** A QR of `card` with other fields, signed by `key` (the union's, or a stranger's). */
function resigned(card: IssuedCard, change: Partial<CredentialFields>, key: KeyObject): string {
  const c = decodeCredential(card.qr)!;
  const fields = {
    region: c.region,
    serial: c.serial,
    validUntil: c.validUntil,
    keyId: c.keyId,
    ...change,
  };
  return encodeCredential(fields, sign(null, credentialMessage(fields)!, key))!;
}

/** The same QR with one bit of its signature flipped. */
function forged(card: IssuedCard): string {
  const c = decodeCredential(card.qr)!;
  const signature = Uint8Array.from(c.signature);
  signature[17]! ^= 0x04;
  return encodeCredential(c, signature)!;
}

async function check(page: Page, text: string, name: string) {
  // a fresh page (from the service worker, offline): the result shown is this check's
  await page.reload();
  await page.waitForSelector('[data-testid=check-page][data-keys=true]');
  await page.fill('[data-testid=check-number]', text);
  await page.click('[data-testid=check-submit]');
  const result = page.locator('[data-testid=check-result]');
  await result.waitFor();
  await shot(page, name);
  return {
    valid: await result.getAttribute('data-valid'),
    reason: await result.getAttribute('data-reason'),
    text: (await result.textContent()) ?? '',
  };
}

describe('card screens', () => {
  it('the member’s card and every verdict of the partner’s offline check', async () => {
    const [chairCtx, chair] = await openAs(browser, app, 'demo-school5', 'school-005', {
      pending: 0,
    });
    const phoneCtx = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const deskCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const partnerCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const ids = await rowIds(chair, 2);
      const post = (path: string, data?: unknown) =>
        chairCtx.request.post(`${app.url}/api${path}`, { headers: { origin: app.url }, data });
      const issued = await post('/orgs/school-005/cards', { memberIds: ids });
      expect(issued.status()).toBe(200);
      const [valid, revoked] = (await issued.json()) as IssuedCard[];
      expect((await post(`/orgs/school-005/cards/${revoked!.number}/revoke`)).status()).toBe(204);
      const { path } = (await (
        await post(`/orgs/school-005/cards/${valid!.number}/link`)
      ).json()) as {
        path: string;
      };

      // The member's card: phone, desktop, then the phone offline.
      const phone = await phoneCtx.newPage();
      await phone.goto(`${app.url}${path}`);
      await phone.waitForSelector('[data-testid=card-page][data-state=shown]');
      expect(await phone.textContent('[data-testid=card-number]')).toContain(valid!.number);
      await shot(phone, 'card-phone');
      const desk = await deskCtx.newPage();
      await desk.goto(`${app.url}${path}`);
      await desk.waitForSelector('[data-testid=card-page][data-state=shown]');
      await shot(desk, 'card-desktop');
      await phone.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await phoneCtx.setOffline(true);
      await phone.goto(`${app.url}/card`);
      await phone.waitForSelector('[data-testid=card-page][data-state=offline]');
      expect(await phone.textContent('[data-testid=card-number]')).toContain(valid!.number);
      await shot(phone, 'card-phone-offline');

      // The partner: one visit online (keys, the list naming the revoked card), then offline.
      const partner = await partnerCtx.newPage();
      await partner.goto(`${app.url}/check`);
      await partner.waitForSelector('[data-testid=check-page][data-keys=true]');
      await partner.waitForFunction(
        (n) => (localStorage.getItem('pg-check-crl') ?? '').includes(n),
        revoked!.number,
      );
      await partner.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await partnerCtx.setOffline(true);
      await partner.reload();
      await partner.waitForSelector('[data-testid=check-page][data-keys=true]');
      await shot(partner, 'check-offline');

      const union = createPrivateKey(readFileSync(join(app.dataDir, 'card-keys', 'key-1.pem')));
      const stranger = generateKeyPairSync('ed25519').privateKey;
      const ok = await check(partner, valid!.qr, 'check-valid');
      expect(ok).toMatchObject({ valid: 'true', reason: '' });
      expect(ok.text).toMatch(/Действителен до \d{2}\.\d{2}\.\d{4}/);
      expect(await check(partner, revoked!.qr, 'check-revoked')).toMatchObject({
        valid: 'false',
        reason: 'revoked',
      });
      const expired = resigned(valid!, { validUntil: '2025-12-31' }, union);
      expect(await check(partner, expired, 'check-expired')).toMatchObject({
        valid: 'false',
        reason: 'expired',
      });
      expect(await check(partner, forged(valid!), 'check-forged')).toMatchObject({
        valid: 'false',
        reason: 'forged',
      });
      const foreign = resigned(valid!, { keyId: 99 }, stranger);
      expect(await check(partner, foreign, 'check-unknown-key')).toMatchObject({
        valid: 'false',
        reason: 'unknown-key',
      });
      expect(await check(partner, valid!.number, 'check-number-offline')).toMatchObject({
        valid: 'false',
        reason: 'needs-network',
      });
      await partner.setViewportSize({ width: 390, height: 844 });
      await check(partner, valid!.qr, 'check-valid-phone');
    } finally {
      await chairCtx.close();
      await phoneCtx.close();
      await deskCtx.close();
      await partnerCtx.close();
    }
  }, 150_000);
});
