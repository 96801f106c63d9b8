// The member list as a sheet: Russian headers, every cell as its codec writes it in Russian
// (choice labels, ДД.ММ.ГГГГ). XLSX keeps dates ISO so the web writes real date cells.
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField, MemberRecord } from '../model/member.ts';
import { FIELD_HEADERS } from '../cells/headers.ts';
import { MEMBER_CODECS } from '../cells/member.ts';

export const EXPORT_FIELDS: readonly MemberField[] = MEMBER_FIELDS;

export function exportHeaders(): string[] {
  return EXPORT_FIELDS.map((f) => FIELD_HEADERS[f][0]!);
}

/** One member's cells: labels for choices, dates kept ISO (or as typed when invalid). */
export function exportCells(member: MemberRecord): string[] {
  return EXPORT_FIELDS.map((f) => {
    const codec = MEMBER_CODECS[f];
    return codec.kind === 'date' ? member[f] : codec.text(member[f], 'ru');
  });
}

/** Header row + rows for CSV: every cell as its codec writes it (dates ДД.ММ.ГГГГ). */
export function exportCsvTable(members: readonly MemberRecord[]): string[][] {
  return [
    exportHeaders(),
    ...members.map((m) => EXPORT_FIELDS.map((f) => MEMBER_CODECS[f].text(m[f], 'ru'))),
  ];
}
