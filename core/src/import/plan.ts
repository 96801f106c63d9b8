// From analyzed rows and the user's decisions to an import plan (members to add, fields to
// update) and its per-row report. Nothing is written here: the plan is applied in one
// transaction by `applyImportPlan`, so a cancelled import leaves the register untouched.
import type { CellKey } from '../model/custom-column.ts';
import type { Text } from '../i18n/text.ts';
import type { MemberFields } from '../doc/org-doc.ts';
import type { AnalyzedRow, CellIssue } from './analyze.ts';
import { importReason } from './reasons.ts';
import type { ImportReasonCode } from './reasons.ts';

export type DuplicateDecision = 'skip' | 'update' | 'add';
export type ImportOutcome = 'added' | 'updated' | 'skipped';

export interface PlanOptions {
  /** Per spreadsheet row number; rows not listed take `defaultDecision` (skip). */
  readonly decisions?:
    ReadonlyMap<number, DuplicateDecision> | Readonly<Record<number, DuplicateDecision>>;
  readonly defaultDecision?: DuplicateDecision;
  /** Ids for new members come in from the caller (core has no randomness). */
  readonly newId: () => string;
  /**
   * Today's status of an existing member (OrgDoc.member(id).status): an update whose file
   * says otherwise is not applied — the status changes only through dated records — and
   * the report lists the cell.
   */
  readonly statusOf?: (memberId: string) => string | undefined;
}

export interface ReportRow {
  readonly row: number;
  readonly outcome: ImportOutcome;
  readonly reason: ImportReasonCode;
  readonly message: Text;
  readonly memberId: string | null;
  readonly name: string;
  readonly issues: readonly CellIssue[];
  /** Custom column values imported as typed although invalid (flagged in the grid). */
  readonly flags: readonly CellIssue[];
  /** Cells not applied to an existing member (a status: records only change it). */
  readonly refused: readonly CellIssue[];
}

export interface ImportPlan {
  readonly adds: readonly { readonly id: string; readonly fields: MemberFields }[];
  readonly updates: readonly { id: string; field: CellKey; value: string }[];
  readonly report: readonly ReportRow[];
  readonly counts: Readonly<Record<ImportOutcome, number>>;
}

export function planImport(rows: readonly AnalyzedRow[], options: PlanOptions): ImportPlan {
  const adds: { id: string; fields: MemberFields }[] = [];
  const updates: { id: string; field: CellKey; value: string }[] = [];
  const report: ReportRow[] = [];
  const counts = { added: 0, updated: 0, skipped: 0 };
  const push = (
    r: AnalyzedRow,
    outcome: ImportOutcome,
    reason: ImportReasonCode,
    id: string | null,
    refused: readonly CellIssue[] = [],
  ) => {
    counts[outcome]++;
    const name = [r.fields.surname, r.fields.name, r.fields.patronymic].filter(Boolean).join(' ');
    report.push({
      row: r.row,
      outcome,
      reason,
      message: importReason(reason),
      memberId: id,
      name,
      issues: r.issues,
      flags: r.flags,
      refused,
    });
  };
  for (const r of rows) {
    if (r.empty) continue;
    if (r.issues.length > 0) {
      push(r, 'skipped', 'invalid', null);
      continue;
    }
    if (r.repeatOf !== null) {
      push(r, 'skipped', 'repeat-in-file', null);
      continue;
    }
    const decision = r.duplicateOf
      ? (decisionOf(options, r.row) ?? options.defaultDecision ?? 'skip')
      : 'add';
    if (r.duplicateOf && decision === 'skip') {
      push(r, 'skipped', 'duplicate', r.duplicateOf);
    } else if (r.duplicateOf && decision === 'update') {
      const refused: CellIssue[] = [];
      for (const [field, value] of Object.entries(r.fields)) {
        if (field === 'status') {
          const now = options.statusOf?.(r.duplicateOf);
          if (now !== undefined && (value ?? '') !== now) refused.push(statusRefused(r));
          continue;
        }
        updates.push({ id: r.duplicateOf, field: field as CellKey, value: value ?? '' });
      }
      push(r, 'updated', 'duplicate-updated', r.duplicateOf, refused);
    } else {
      const id = options.newId();
      adds.push({ id, fields: r.fields });
      push(r, 'added', r.duplicateOf ? 'duplicate-added' : 'new', id);
    }
  }
  return { adds, updates, report, counts };
}

const STATUS_BY_RECORDS: Text = {
  ru: 'статус не изменён: он меняется только записями «Снять с учёта» и «Восстановить на учёте» с датой и основанием',
  en: 'status not changed: only the records «Remove from register» and «Restore to register» with a date and basis change it',
};

function statusRefused(r: AnalyzedRow): CellIssue {
  const at = r.statusAt ?? { row: r.row, column: 0, columnName: '', header: '' };
  return { ...at, field: 'status', code: 'status-by-records', reason: STATUS_BY_RECORDS };
}

function decisionOf(options: PlanOptions, row: number): DuplicateDecision | undefined {
  const d = options.decisions;
  return d instanceof Map
    ? d.get(row)
    : (d as Record<number, DuplicateDecision> | undefined)?.[row];
}
