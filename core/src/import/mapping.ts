// Header → field guess. Exact folded matches first, then a header starting with a known
// spelling («Согласие на обработку…», «Телефон мобильный»); each field is taken once, by
// the first column that names it, so two «Телефон» columns do not both write the phone.
// The organization's custom columns are matched by their name (folded, exact), before the
// prefix rule: a custom «Телефон домашний» column takes its header, not the phone field.
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField } from '../model/member.ts';
import { customKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn } from '../model/custom-column.ts';
import { FIELD_HEADERS, foldText } from './labels.ts';

/** One entry per column: the field or custom column (`c:<id>`) it fills, or null (ignored). */
export type ColumnMapping = readonly (CellKey | null)[];

const EXACT = new Map<string, MemberField>();
for (const field of MEMBER_FIELDS) {
  for (const header of FIELD_HEADERS[field]) EXACT.set(foldText(header), field);
}

function guessOne(header: string, custom: ReadonlyMap<string, CellKey>): CellKey | null {
  const folded = foldText(header);
  if (folded === '') return null;
  const exact = EXACT.get(folded) ?? custom.get(folded);
  if (exact) return exact;
  let best: { field: MemberField; length: number } | null = null;
  for (const [spelling, field] of EXACT) {
    if (spelling.length < 3 || !folded.startsWith(spelling + ' ')) continue;
    if (!best || spelling.length > best.length) best = { field, length: spelling.length };
  }
  return best?.field ?? null;
}

export function guessMapping(
  headers: readonly string[],
  columns: readonly CustomColumn[] = [],
): ColumnMapping {
  const custom = new Map<string, CellKey>();
  for (const c of columns) {
    const folded = foldText(c.name);
    if (folded !== '' && !custom.has(folded)) custom.set(folded, customKey(c.id));
  }
  const taken = new Set<CellKey>();
  return headers.map((header) => {
    const field = guessOne(header, custom);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** A spreadsheet column name for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
