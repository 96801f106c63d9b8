// The member list as a sheet: Russian headers, choice codes as Russian labels. Dates are
// ISO here; CSV shows them as ДД.ММ.ГГГГ and XLSX writes real dates (web/import-export).
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField, MemberRecord } from '../model/member.ts';
import { formatRuDate } from '../validation/dates.ts';
import { FIELD_HEADERS, choiceLabelRu } from './labels.ts';
import { IMPORT_DATE_FIELDS } from './normalize.ts';

export const EXPORT_FIELDS: readonly MemberField[] = MEMBER_FIELDS;

export function exportHeaders(): string[] {
  return EXPORT_FIELDS.map((f) => FIELD_HEADERS[f][0]!);
}

/** One member's cells: labels for choices, dates kept ISO (or as typed when invalid). */
export function exportCells(member: MemberRecord): string[] {
  return EXPORT_FIELDS.map((f) => choiceLabelRu(f, member[f]));
}

/** Header row + rows for CSV: dates as ДД.ММ.ГГГГ. */
export function exportCsvTable(members: readonly MemberRecord[]): string[][] {
  return [
    exportHeaders(),
    ...members.map((m) =>
      exportCells(m).map((v, i) =>
        IMPORT_DATE_FIELDS.has(EXPORT_FIELDS[i]!) ? formatRuDate(v) : v,
      ),
    ),
  ];
}
