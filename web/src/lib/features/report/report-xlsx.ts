// The statistical report as an XLSX sheet (write-excel-file, loaded lazily): a title
// block (organization, period, reference date), then one row per report line — label,
// value (a real number, or the text «нет данных»), note. Percent cells keep two decimals.
import { formatRuDate } from '@profgrid/core';
import type { Locale, StatisticalReport } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import { cellNote } from './cell-text.ts';

export type SheetCell =
  | { readonly value: string; readonly type: StringConstructor; readonly fontWeight?: 'bold' }
  | { readonly value: number; readonly type: NumberConstructor; readonly format?: string }
  | null;

/** The sheet as rows of cells (tested without the library). */
export function reportSheet(
  report: StatisticalReport,
  orgName: string,
  locale: Locale,
): SheetCell[][] {
  const text = (value: string, bold = false): SheetCell =>
    bold ? { value, type: String, fontWeight: 'bold' } : { value, type: String };
  const out: SheetCell[][] = [
    [text(translate(locale, 'report.title'), true)],
    [text(orgName)],
    [
      text(
        translate(locale, 'report.periodText', {
          from: formatRuDate(report.period.from),
          to: formatRuDate(report.period.to),
        }),
      ),
    ],
    [],
    [
      text(translate(locale, 'report.colIndicator'), true),
      text(translate(locale, 'report.colValue'), true),
      text(translate(locale, 'report.colNote'), true),
    ],
  ];
  for (const section of report.sections) {
    out.push([text(section.title[locale], true)]);
    for (const row of section.rows) {
      const { cell } = row;
      const label = `${row.depth === 1 ? '   ' : ''}${row.label[locale]}`;
      const value: SheetCell =
        cell.kind === 'missing'
          ? text(translate(locale, 'report.noData'))
          : { value: cell.value, type: Number, format: row.unit === 'percent' ? '0.00' : '0' };
      const note = cellNote(cell, locale);
      out.push([text(label), value, note ? text(note) : null]);
    }
  }
  return out;
}

export async function writeReportXlsx(
  report: StatisticalReport,
  orgName: string,
  locale: Locale,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(reportSheet(report, orgName, locale), {
    sheet: translate(locale, 'report.sheet'),
    columns: [{ width: 60 }, { width: 14 }, { width: 40 }],
  }).toBlob();
}
