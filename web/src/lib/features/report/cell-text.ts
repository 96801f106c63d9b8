// How a report cell reads: a number in the locale's format (percent with two decimals),
// or «нет данных»; plus a note saying what the number leaves out. Used by the printed
// page and the XLSX export alike.
import type { Locale, ReportCell, ReportLine } from '@profgrid/core';
import { formatNumberIn, translate } from '../../i18n/format.ts';

export interface CellText {
  /** The number as text, or «нет данных». */
  readonly text: string;
  /** '' or e.g. «нет данных по 3 орг.; не указано у 12 чел.». */
  readonly note: string;
  readonly missing: boolean;
}

export function formatNumber(value: number, unit: ReportLine['unit'], locale: Locale): string {
  return formatNumberIn(locale, value, unit === 'percent' ? 2 : 0);
}

export function cellNote(cell: ReportCell, locale: Locale): string {
  const parts: string[] = [];
  if (cell.lackingOrgs > 0)
    parts.push(translate(locale, 'report.lackingOrgs', { n: cell.lackingOrgs }));
  if (cell.unknownMembers > 0) {
    parts.push(translate(locale, 'report.unknownMembers', { n: cell.unknownMembers }));
  }
  return parts.join('; ');
}

export function cellText(cell: ReportCell, unit: ReportLine['unit'], locale: Locale): CellText {
  return {
    text:
      cell.kind === 'missing'
        ? translate(locale, 'report.noData')
        : formatNumber(cell.value, unit, locale),
    note: cellNote(cell, locale),
    missing: cell.kind === 'missing',
  };
}
