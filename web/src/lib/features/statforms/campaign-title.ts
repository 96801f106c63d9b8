// A campaign's title as shown: the server stores the default one in Russian
// («Статистический отчёт на 01.12.2026») when the committee gives none; that one is
// built again in the reader's language. A title the committee typed shows as typed.
import { formatRuDate } from '@profgrid/core';
import type { Locale } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';

/** The server's default title of a campaign as of `asOf` (ISO date). */
export function defaultCampaignTitle(asOf: string): string {
  return `Статистический отчёт на ${formatRuDate(asOf)}`;
}

export function campaignTitle(locale: Locale, c: { title: string; asOf: string }): string {
  return c.title === defaultCampaignTitle(c.asOf)
    ? translate(locale, 'forms.defaultTitle', { date: formatRuDate(c.asOf) })
    : c.title;
}

/**
 * The title an edit sends: '' while the box still holds the default title as shown (the
 * server then builds the default for the campaign's date, which may have changed), else
 * the title as typed.
 */
export function editedCampaignTitle(
  locale: Locale,
  c: { title: string; asOf: string },
  typed: string,
): string {
  const isDefault = c.title === defaultCampaignTitle(c.asOf);
  return isDefault && typed.trim() === campaignTitle(locale, c) ? '' : typed;
}
