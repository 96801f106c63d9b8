// The bad cells of a file import as a file of their own, for whoever fixes the source file:
// one line per cell — the file's row, its column letter, the table column, the value as
// written and the reason — as CSV through the app's export kit (Russian Excel opens it).
import type { Locale } from '@profgrid/core';
import type { ImportIssue } from '@profgrid/core/tables';
import { csvBlob } from '../../export/index.ts';
import { translate } from '../../i18n/format.ts';

export function importReportBlob(issues: readonly ImportIssue[], locale: Locale): Blob {
  const head = [
    'tables.reportRow',
    'tables.reportLetter',
    'tables.reportColumn',
    'tables.importValue',
    'tables.importReason',
  ] as const;
  return csvBlob([
    head.map((key) => translate(locale, key)),
    ...issues.map((i) => [i.row, i.column, i.header, i.value, i.reason[locale]]),
  ]);
}

/** «acceptance.xlsx» → «acceptance — ошибки загрузки.csv». */
export function importReportName(fileName: string, locale: Locale): string {
  const base = fileName.replace(/\.(xlsx|csv)$/i, '');
  return translate(locale, 'tables.reportFile', { name: base });
}
