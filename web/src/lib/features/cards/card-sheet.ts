// The printable A4 sheet of membership cards: cards of 85.6 × 54 mm (ID-1), two across
// and five down per page, each with the union's name, member's name, organization,
// number, validity and a QR code of 30 mm. Each page is its own block of at most ten cards
// that fits the printable area (A4 less 6 mm top and bottom, 10 mm at the sides) and is
// followed by a page break, so no card is ever cut across two pages. Built as one HTML
// document for a print window; every text is escaped.
import { formatRuDate } from '@profgrid/core';

export interface PrintedCard {
  readonly name: string;
  readonly orgName: string;
  readonly number: string;
  readonly validUntil: string;
  /** SVG markup of the QR code (qr-svg.ts). */
  readonly qrSvg: string;
}

export interface SheetLabels {
  readonly title: string;
  readonly union: string;
  readonly memberCard: string;
  readonly number: string;
  /** "Действителен до {date}" */
  readonly validUntil: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Cards on one printed page: two across, five down. */
export const CARDS_PER_PAGE = 10;

const STYLE = `
  @page { size: A4 portrait; margin: 6mm 10mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif; color: #111; }
  .page { display: grid; grid-template-columns: repeat(2, 85.6mm); grid-auto-rows: 54mm;
          gap: 3mm 6mm; justify-content: center; align-content: start; height: 282mm;
          break-after: page; break-inside: avoid; }
  .page:last-child { break-after: auto; }
  @media screen {
    body { background: #e5e7eb; padding: 5mm 0; }
    .page { width: 210mm; height: 297mm; padding: 6mm 10mm; margin: 0 auto 5mm; background: #fff;
            box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); }
  }
  .card { width: 85.6mm; height: 54mm; border: 0.3mm solid #1f4e79; border-radius: 3mm; padding: 3mm;
          display: grid; grid-template-columns: 1fr 30mm; gap: 2mm; break-inside: avoid; overflow: hidden; }
  .union { font-size: 2.6mm; color: #1f4e79; font-weight: 600; }
  .kind { font-size: 2.4mm; text-transform: uppercase; letter-spacing: 0.2mm; color: #555; margin-top: 0.5mm; }
  .name { font-size: 3.8mm; font-weight: 700; margin-top: 2mm; line-height: 1.15; }
  .org { font-size: 2.6mm; margin-top: 1mm; line-height: 1.2; }
  .number { font-size: 3.4mm; font-family: ui-monospace, monospace; margin-top: 2mm; }
  .valid { font-size: 2.6mm; margin-top: 0.5mm; }
  .qr svg { width: 30mm; height: 30mm; display: block; margin-top: 6mm; }
`;

export function cardSheetHtml(cards: readonly PrintedCard[], labels: SheetLabels): string {
  const card = (c: PrintedCard) => `<section class="card" data-number="${escapeHtml(c.number)}">
  <div>
    <div class="union">${escapeHtml(labels.union)}</div>
    <div class="kind">${escapeHtml(labels.memberCard)}</div>
    <div class="name">${escapeHtml(c.name)}</div>
    <div class="org">${escapeHtml(c.orgName)}</div>
    <div class="number">${escapeHtml(labels.number)} ${escapeHtml(c.number)}</div>
    <div class="valid">${escapeHtml(labels.validUntil.replace('{date}', formatRuDate(c.validUntil)))}</div>
  </div>
  <div class="qr">${c.qrSvg}</div>
</section>`;
  const pages: string[] = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_PAGE) {
    pages.push(
      `<div class="page">${cards
        .slice(i, i + CARDS_PER_PAGE)
        .map(card)
        .join('\n')}</div>`,
    );
  }
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(labels.title)}</title><style>${STYLE}</style></head><body><main class="sheet">${pages.join('\n')}</main></body></html>`;
}
