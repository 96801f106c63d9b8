// The per-row import report as a table for download: row, outcome, reason, person and
// every invalid cell as «C3 Дата рождения: reason»; custom column values imported as typed
// although invalid in a column of their own («H3 Стаж с: reason»); cells not applied to an
// existing member (a typed status) in the last column.
import { isCustomKey } from '@profgrid/core';
import type { Locale, ReportRow } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';

export function issueText(locale: Locale, issue: ReportRow['issues'][number]): string {
  const where = issue.columnName ? `${issue.columnName}${issue.row}` : `${issue.row}`;
  const header =
    issue.header ||
    (isCustomKey(issue.field) ? '' : translate(locale, `member.${issue.field}` as MessageKey));
  const reason = issue.reason[locale];
  // Some reasons already start with the field («Телефон: цифры…»): no «Телефон: Телефон:».
  return reason.startsWith(`${header}:`) ? `${where} ${reason}` : `${where} ${header}: ${reason}`;
}

export function reportTable(locale: Locale, report: readonly ReportRow[]): string[][] {
  const tr = (k: MessageKey) => translate(locale, k);
  return [
    [
      tr('io.col.row'),
      tr('io.col.outcome'),
      tr('io.col.reason'),
      tr('io.col.person'),
      tr('io.col.cells'),
      tr('io.col.flags'),
      tr('io.col.refused'),
    ],
    ...report.map((r) => [
      String(r.row),
      tr(`io.outcome.${r.outcome}` as MessageKey),
      r.message[locale],
      r.name,
      r.issues.map((i) => issueText(locale, i)).join('; '),
      r.flags.map((i) => issueText(locale, i)).join('; '),
      r.refused.map((i) => issueText(locale, i)).join('; '),
    ]),
  ];
}
