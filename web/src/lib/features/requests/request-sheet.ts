// The committee's table of answers as a sheet: a header, then a row per organization —
// name, state, percent filled, one column per question (numbers as numbers, dates as
// ДД.ММ.ГГГГ, yes/no and choices as their labels), the note, the last reminder. The same
// rows feed the CSV (export kit) and the XLSX (write-excel-file, loaded lazily).
import { formatRuDate, isIsoDate } from '@profgrid/core';
import type { Locale } from '@profgrid/core';
import { answerCodec, validAnswer } from '@profgrid/core/requests';
import type { Question, RequestRow, RequestTable } from '@profgrid/core/requests';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { CsvValue } from '../../export/index.ts';

export type RowState = 'answered' | 'overdue' | 'draft' | 'none';

export function rowState(row: RequestRow): RowState {
  if (row.answered) return 'answered';
  if (row.overdue) return 'overdue';
  return row.filled > 0 ? 'draft' : 'none';
}

/** An answer's cell: a number stays a number; everything else as the codec shows it. */
export function answerCell(q: Question, row: RequestRow, locale: Locale): CsvValue {
  const value = validAnswer(q, row.answers);
  if (value === '') return null;
  if (q.type === 'number') return Number(value);
  if (q.type === 'date' && isIsoDate(value)) return formatRuDate(value);
  return answerCodec(q).text(value, locale);
}

export function requestSheet(table: RequestTable, locale: Locale): CsvValue[][] {
  const tr = (key: MessageKey, p?: Record<string, string | number>) => translate(locale, key, p);
  const { questions } = table.request;
  const header: CsvValue[] = [
    tr('requests.col.org'),
    tr('requests.col.state'),
    tr('requests.col.percent'),
    ...questions.map((q) => q.label),
    tr('requests.col.note'),
    tr('requests.col.reminded'),
  ];
  const rows = table.rows.map((row): CsvValue[] => [
    row.orgName,
    tr(`requests.state.${rowState(row)}`),
    row.percent,
    ...questions.map((q) => answerCell(q, row, locale)),
    row.note,
    row.remindedAt === null
      ? null
      : formatRuDate(new Date(row.remindedAt).toISOString().slice(0, 10)),
  ]);
  return [header, ...rows];
}

export async function writeRequestXlsx(table: RequestTable, locale: Locale): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const [header = [], ...rows] = requestSheet(table, locale);
  const cell = (v: CsvValue) =>
    v === null
      ? null
      : typeof v === 'number'
        ? { value: v, type: Number }
        : { value: v, type: String };
  return writeXlsxFile(
    [
      header.map((v) => ({ value: String(v), fontWeight: 'bold' as const })),
      ...rows.map((r) => r.map(cell)),
    ],
    {
      sheet: translate(locale, 'requests.sheet'),
      columns: header.map((_, i) => ({ width: i === 0 ? 40 : 16 })),
    },
  ).toBlob();
}
