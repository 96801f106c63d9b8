// Opens the A4 sheet of the given cards in a new window and starts printing. Names come
// from the organization's document in this tab (never from the server's card list).
import type { IssuedCard, OrgDoc } from '@profgrid/core';
import { ruCollator } from '../../i18n/collate.ts';
import { t } from '../../i18n/index.ts';
import { cardSheetHtml } from './card-sheet.ts';
import { qrSvg } from './qr-svg.ts';

export async function printCards(
  cards: readonly IssuedCard[],
  doc: OrgDoc,
  orgName: string,
): Promise<Window | null> {
  const printed = await Promise.all(
    cards.map(async (c) => {
      const m = doc.member(c.memberId);
      const name = m ? [m.surname, m.name, m.patronymic].filter(Boolean).join(' ') : '';
      return {
        name,
        orgName,
        number: c.number,
        validUntil: c.validUntil,
        qrSvg: await qrSvg(c.qr),
      };
    }),
  );
  printed.sort((a, b) => ruCollator.compare(a.name, b.name));
  const html = cardSheetHtml(printed, {
    title: t('cards.sheetTitle'),
    union: t('cards.union'),
    memberCard: t('cards.memberCard'),
    number: t('cards.number'),
    validUntil: t('cards.validUntil'),
  });
  const win = window.open('', '_blank');
  if (!win) return null;
  win.document.open();
  win.document.write(html);
  win.document.close();
  win.focus();
  win.print();
  return win;
}
