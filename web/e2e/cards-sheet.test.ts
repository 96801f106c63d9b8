// The chair's A4 sheet of cards, as the printer gets it: the chair issues cards to the
// whole register and presses «Печать билетов»; the sheet opens in a new window. Laid out
// for print it holds ten cards of 85.6 × 54 mm a page, each page block fits A4's printable
// height (so no page break can cut a card), the two columns fit its width, each card's QR
// is 30 mm with the standard's quiet zone of 4 modules inside (the code itself ≥ 2 cm) and
// decodes to the card's credential at 96 dpi, and Chromium's A4 PDF
// has exactly as many pages as blocks. With PG_SCREENSHOTS=<dir> the sheet (print and
// screen) is written there to look at.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import jsqr from 'jsqr';
import QRCode from 'qrcode';
import type { IssuedCard } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { openAs } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const shots = process.env['PG_SCREENSHOTS'];
/** CSS pixels per millimetre. */
const MM = 96 / 25.4;
const PER_PAGE = 10;
/** A4 less the sheet's @page margins: 6 mm top and bottom, 10 mm at the sides. */
const PRINTABLE = { width: 190 * MM, height: 285 * MM };

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

describe('the A4 sheet of cards', () => {
  it('ten whole cards a page, none cut by a page break, QR codes of 3 cm that read back', async () => {
    const [ctx, chair] = await openAs(browser, app, 'demo-school5', 'school-005', { pending: 0 });
    try {
      await chair.click('[data-testid=cards-issue]');
      await chair.waitForSelector('[data-testid=cards-message]');
      const listed = await ctx.request.get(`${app.url}/api/orgs/school-005/cards`);
      const { cards } = (await listed.json()) as { cards: IssuedCard[] };
      // more than a page, so that the breaks between pages are exercised
      expect(cards.length).toBeGreaterThan(PER_PAGE);

      // the print dialog cannot be driven headless: the sheet window's print() is replaced
      // (through window.open) by a note that it was asked for
      await chair.evaluate(() => {
        const open = window.open.bind(window);
        window.open = (...args) => {
          const win = open(...args);
          if (win) win.print = () => win.document.body.setAttribute('data-printed', 'true');
          return win;
        };
      });
      const [sheet] = await Promise.all([
        chair.waitForEvent('popup'),
        chair.click('[data-testid=cards-print]'),
      ]);
      await sheet.waitForSelector('body[data-printed=true] .card');
      await sheet.setViewportSize({ width: 1366, height: 768 });
      await sheet.emulateMedia({ media: 'print' });
      if (shots) await sheet.screenshot({ path: join(shots, 'card-sheet-print.png') });

      const layout = await sheet.evaluate(() => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        return [...document.querySelectorAll('.page')].map((page) => ({
          page: box(page),
          cards: [...page.querySelectorAll('.card')].map((card) => ({
            number: card.getAttribute('data-number') ?? '',
            card: box(card),
            qr: box(card.querySelector('.qr svg')!),
          })),
        }));
      });
      if (shots) {
        // around the first page break
        const y = Math.max(0, layout[0]!.page.bottom - 380);
        await sheet.screenshot({
          path: join(shots, 'card-sheet-print-break.png'),
          fullPage: true,
          clip: { x: 0, y, width: 1366, height: 768 },
        });
      }
      const inside = (inner: Box, outer: Box) =>
        inner.left >= outer.left - 0.5 &&
        inner.right <= outer.right + 0.5 &&
        inner.top >= outer.top - 0.5 &&
        inner.bottom <= outer.bottom + 0.5;

      expect(layout.map((p) => p.cards.length)).toEqual(
        Array.from({ length: Math.ceil(cards.length / PER_PAGE) }, (_, i) =>
          Math.min(PER_PAGE, cards.length - i * PER_PAGE),
        ),
      );
      expect(layout.flatMap((p) => p.cards.map((c) => c.number)).sort()).toEqual(
        cards.map((c) => c.number).sort(),
      );
      for (const { page, cards: onPage } of layout) {
        expect(page.bottom - page.top).toBeLessThanOrEqual(PRINTABLE.height);
        const left = Math.min(...onPage.map((c) => c.card.left));
        const right = Math.max(...onPage.map((c) => c.card.right));
        expect(right - left).toBeLessThanOrEqual(PRINTABLE.width);
        for (const { card, qr } of onPage) {
          expect(inside(card, page)).toBe(true);
          expect(inside(qr, card)).toBe(true);
          expect(card.right - card.left).toBeCloseTo(85.6 * MM, 0);
          expect(card.bottom - card.top).toBeCloseTo(54 * MM, 0);
          expect(qr.right - qr.left).toBeGreaterThanOrEqual(20 * MM);
        }
      }

      // the first card's QR at its printed size (96 dpi; a printer has more) reads back
      const first = layout[0]!.cards[0]!.number;
      const pixels = await sheet.evaluate(async (number) => {
        const svg = document.querySelector(`.card[data-number="${number}"] .qr svg`)!;
        const size = Math.round(svg.getBoundingClientRect().width);
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await img.decode();
        const pad = 16;
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size + 2 * pad;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#fff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.drawImage(img, pad, pad, size, size);
        const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
        return { side: canvas.width, data: Array.from(data) };
      }, first);
      // the package is CommonJS: its default export is module.exports, whose .default is jsQR
      const read = jsqr.default(Uint8ClampedArray.from(pixels.data), pixels.side, pixels.side);
      const firstQr = cards.find((c) => c.number === first)!.qr;
      expect(read?.data).toBe(firstQr);
      // 4 light modules around the code on every side, inside the 30 mm box; the code itself
      // (without them) is still over 2 cm
      const side = await sheet.$eval(
        `.card[data-number="${first}"] .qr svg`,
        (svg) => (svg as SVGSVGElement).viewBox.baseVal.width,
      );
      const modules = QRCode.create(firstQr, { errorCorrectionLevel: 'M' }).modules.size;
      expect((side - modules) / 2).toBe(4);
      const box = layout[0]!.cards[0]!.qr;
      expect(((box.right - box.left) * modules) / side).toBeGreaterThanOrEqual(20 * MM);

      // Chromium's print of the sheet on A4: one sheet of paper per page block
      const pdf = (await sheet.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length).toBe(layout.length);
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBe(layout.length);
      for (const [, w, h] of boxes) {
        // A4 in points: 595 × 842
        expect(Math.abs(Number(w) - 595.3)).toBeLessThan(1.5);
        expect(Math.abs(Number(h) - 841.9)).toBeLessThan(1.5);
      }

      await sheet.emulateMedia({ media: 'screen' });
      if (shots) await sheet.screenshot({ path: join(shots, 'card-sheet-screen.png') });
    } finally {
      await ctx.close();
    }
  }, 150_000);
});
