// Membership cards end to end: a chair issues cards and sends a personal link;
// the link opens the card on a phone-sized viewport, also offline; the partner's /check
// page reads the card's QR from Chromium's fake camera (fed with a frame made here from
// the card's QR text) offline and shows it valid; after the member's removal from the
// register and a sync of the revocation list, the same QR is shown invalid (revoked).
// The chair's grid shows the issued numbers offline; the committee's card statistics
// count the school's cards and the revoked one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login, openAs } from './harness/auth.ts';
import {
  CHROMIUM_PATH,
  cell,
  cellText,
  rowIds,
  waitForCell,
  waitForSyncState,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const dir = mkdtempSync(join(tmpdir(), 'profgrid-cards-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Y4M video (two identical 640×480 I420 frames) showing the QR code of `text`. */
function qrVideo(text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const [w, h, scale, quiet] = [640, 480, 8, 4];
  const size = qr.modules.size;
  const side = (size + 2 * quiet) * scale;
  const [x0, y0] = [(w - side) / 2, (h - side) / 2];
  const luma = Buffer.alloc(w * h, 255);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.get(r, c)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const y = y0 + (r + quiet) * scale + dy;
        luma.fill(0, y * w + x0 + (c + quiet) * scale, y * w + x0 + (c + quiet + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(dir, 'card.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
  return file;
}

async function scan(page: Page): Promise<{ valid: string | null; reason: string | null }> {
  await page.click('[data-testid=check-scan]');
  const result = page.locator('[data-testid=check-result]');
  await result.waitFor();
  return {
    valid: await result.getAttribute('data-valid'),
    reason: await result.getAttribute('data-reason'),
  };
}

describe('membership cards', () => {
  it('chair issues, the link opens offline on a phone, /check reads the QR offline; removal revokes', async () => {
    const [chairCtx, chair] = await openAs(browser, app, 'demo-school5', 'school-005', {
      pending: 0,
    });
    const [member] = await rowIds(chair, 1);
    await chair.click('[data-testid=cards-issue]');
    await chair.waitForSelector('[data-testid=cards-message]');
    await chair.waitForFunction(
      (sel) => /^\d{2}-\d{8}-\d{2}$/.test(document.querySelector(sel)?.textContent?.trim() ?? ''),
      cell(member!, 'cardNumber'),
    );
    const number = await cellText(chair, member!, 'cardNumber');
    // Read-only: double-click does not open an editor.
    await chair.dblclick(cell(member!, 'cardNumber'));
    expect(await chair.locator('.ag-cell-inline-editing').count()).toBe(0);
    await chair.click(cell(member!, 'surname'));
    await chair.click('[data-testid=card-link]');
    await chair.waitForFunction(
      () =>
        (document.querySelector('[data-testid=card-link-url]') as HTMLInputElement | null)?.value,
    );
    const link = await chair.inputValue('[data-testid=card-link-url]');
    expect(link).toMatch(/\/card#[A-Za-z0-9_-]{43}$/);
    await chair.keyboard.press('Escape');
    // The issued numbers show offline too (the last list is kept). An offline reload needs
    // the service worker, which a loaded machine may still be installing.
    await chair.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await chairCtx.setOffline(true);
    await chair.reload();
    await waitForCell(chair, member!, 'cardNumber', number);
    await chairCtx.setOffline(false);
    await waitForSyncState(chair, 'online', 0);

    // The city committee's discount partner, listed on the member's card page.
    const cityCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(cityCtx, app, 'demo-city');
    const made = await cityCtx.request.post(`${app.url}/api/orgs/belgorod-city/partners`, {
      headers: { origin: app.url },
      data: {
        name: 'Бассейн «Волна»',
        category: 'sport',
        discount: '20 % на абонемент',
        addresses: ['Белгород, ул. Садовая, 5'],
        territory: 'Белгород',
        validFrom: '',
        validTo: '',
        contact: '',
      },
    });
    expect(made.status()).toBe(201);

    // The member's phone: the card page, then offline.
    const phoneCtx = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const phone = await phoneCtx.newPage();
    await phone.goto(link);
    await phone.waitForSelector('[data-testid=card-page][data-state=shown]');
    await phone.waitForSelector('[data-testid=card-partner]');
    expect(await phone.textContent('[data-testid=card-partners]')).toContain('Бассейн «Волна»');
    // The partners' search and filter are the app's shared field, at a phone's 16 px.
    const fields = await phone.$$eval('[data-testid=card-partners] :is(input, select)', (els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return `${e.className.includes('pg-input')} ${s.borderRadius} ${s.fontSize}`;
      }),
    );
    expect(fields).toEqual(['true 4px 16px', 'true 4px 16px']);
    await phone.screenshot({ path: '/tmp/cards-phone-partners.png', fullPage: true });
    expect(phone.url()).not.toContain('#');
    expect(await phone.textContent('[data-testid=card-number]')).toContain(number);
    expect(await phone.textContent('[data-testid=card-validity]')).toMatch(
      /Действителен до \d{2}\.\d{2}\.\d{4}/,
    );
    const qr = (await phone.getAttribute('[data-testid=card-qr]', 'data-qr'))!;
    // the code drawn with the standard's quiet zone: 4 light modules on every side
    const side = await phone.$eval(
      '[data-testid=card-qr] svg',
      (svg) => (svg as SVGSVGElement).viewBox.baseVal.width,
    );
    expect((side - QRCode.create(qr, { errorCorrectionLevel: 'M' }).modules.size) / 2).toBe(4);
    await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await phoneCtx.setOffline(true);
    await phone.goto(`${app.url}/card`);
    await phone.waitForSelector('[data-testid=card-page][data-state=offline]');
    await phone.waitForSelector('[data-testid=card-partner]'); // the saved list
    expect(await phone.textContent('[data-testid=card-number]')).toContain(number);
    await phoneCtx.close();

    // The partner: first visit online (keys, revocation list, app shell), then offline.
    const camera: Browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${qrVideo(qr)}`,
      ],
    });
    let partnerCtx: BrowserContext | null = null;
    try {
      partnerCtx = await camera.newContext({ viewport: { width: 390, height: 844 } });
      await partnerCtx.grantPermissions(['camera'], { origin: app.url });
      const partner = await partnerCtx.newPage();
      await partner.goto(`${app.url}/check`);
      await partner.waitForSelector('[data-testid=check-page][data-keys=true]');
      await partner.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await partnerCtx.setOffline(true);
      await partner.reload();
      await partner.waitForSelector('[data-testid=check-page][data-keys=true]');
      expect(await scan(partner)).toEqual({ valid: 'true', reason: '' });
      expect(await partner.textContent('[data-testid=check-result]')).toContain(number);

      // Removal from the register; the relay revokes within 60 s.
      await chair.click(cell(member!, 'surname'));
      await chair.click('[data-testid=remove-member]');
      await chair.click('[data-testid=remove-confirm]');
      // Polled from here: the relay answers within 60 s (a waitForFunction with an async
      // predicate would stop at its first answer — its promise is truthy).
      await expect
        .poll(
          async () => {
            const res = await fetch(`${app.url}/api/public/card-status/${number}`);
            return ((await res.json()) as { status: string }).status;
          },
          { interval: 250, timeout: 60_000 },
        )
        .toBe('revoked');

      // Still offline the old list says valid; after a sync of the list, revoked.
      await partnerCtx.setOffline(false);
      await partner.reload();
      await partner.waitForFunction(
        (n) => (localStorage.getItem('pg-check-crl') ?? '').includes(n),
        number,
      );
      await partnerCtx.setOffline(true);
      await partner.reload();
      await partner.waitForSelector('[data-testid=check-page][data-keys=true]');
      expect(await scan(partner)).toEqual({ valid: 'false', reason: 'revoked' });

      // The committee's card statistics count the school's cards and the revoked one.
      const city = await cityCtx.newPage();
      await city.goto(`${app.url}/cards/belgorod-city`);
      const row = city.locator('[data-testid=card-stats-row][data-org=school-005]');
      await row.waitFor();
      expect(
        Number((await row.locator('td').nth(2).textContent())!.replace(/\D/g, '')),
      ).toBeGreaterThan(0);
      expect((await row.locator('td').nth(4).textContent())!.trim()).toBe('1');
    } finally {
      await partnerCtx?.close();
      await camera.close();
      await chairCtx.close();
      await cityCtx.close();
    }
    // Three browsers' worth of first visits (each installs the service worker): at load 30
    // on this machine the whole took over 120 s.
  }, 240_000);
});
