// The passport monitoring table (R9): which rows show (all, or only the incomplete), in
// what order (overdue first, then least complete, then by name), and the same rows as
// CSV (BOM, `;`, CRLF) and as an XLSX sheet. Plain TypeScript, unit-tested.
import { formatRuDate } from '@profgrid/core';
import type { Locale, PassportField, PassportMonitoring, PassportStatusRow } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { csvText } from '../../export/index.ts';
import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;

export function passportRows(
  rows: readonly PassportStatusRow[],
  onlyIncomplete: boolean,
): PassportStatusRow[] {
  return rows
    .filter((r) => !onlyIncomplete || r.completeOrgs < r.orgs)
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.percent - b.percent ||
        collator.compare(a.shortName || a.name, b.shortName || b.name),
    );
}

export function missingText(missing: readonly PassportField[], locale: Locale): string {
  return missing.map((f) => translate(locale, `passport.${f}` as MessageKey)).join(', ');
}

/** What a row lacks: the fields of a primary organization, the count of a committee's. */
export function rowMissingText(r: PassportStatusRow, locale: Locale): string {
  return r.hasChildren
    ? translate(locale, 'passportMonitor.committeeRow', { complete: r.completeOrgs, n: r.orgs })
    : missingText(r.missing, locale);
}

function table(m: PassportMonitoring, rows: readonly PassportStatusRow[], locale: Locale) {
  const header = (
    [
      'passportMonitor.org',
      'passportMonitor.percent',
      'passportMonitor.missing',
      'passportMonitor.overdue',
    ] as const
  ).map((k) => translate(locale, k));
  const yes = translate(locale, 'passportMonitor.yes');
  const body = rows.map((r) => [
    r.name,
    r.percent,
    rowMissingText(r, locale),
    r.overdue ? yes : '',
  ]);
  const deadline = m.deadline
    ? translate(locale, 'passportMonitor.deadline', { date: formatRuDate(m.deadline) })
    : translate(locale, 'passportMonitor.noDeadline');
  return { header, body, deadline };
}

export function passportCsv(
  m: PassportMonitoring,
  rows: readonly PassportStatusRow[],
  locale: Locale,
): string {
  const { header, body } = table(m, rows, locale);
  return csvText([header, ...body]);
}

type SheetCell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | null;

export function passportSheet(
  m: PassportMonitoring,
  rows: readonly PassportStatusRow[],
  locale: Locale,
): SheetCell[][] {
  const { header, body, deadline } = table(m, rows, locale);
  const cell = (v: string | number): SheetCell =>
    typeof v === 'number'
      ? { value: v, type: Number }
      : v === ''
        ? null
        : { value: v, type: String };
  return [
    [{ value: deadline, type: String, fontWeight: 'bold' }],
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...body.map((r) => r.map(cell)),
  ];
}

export async function writePassportXlsx(
  m: PassportMonitoring,
  rows: readonly PassportStatusRow[],
  locale: Locale,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(passportSheet(m, rows, locale), {
    sheet: translate(locale, 'passportMonitor.sheet'),
    columns: [{ width: 50 }, { width: 12 }, { width: 60 }, { width: 12 }],
  }).toBlob();
}
