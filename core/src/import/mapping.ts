// Header → field guess. Exact folded matches first, then a header starting with a known
// spelling («Согласие на обработку…», «Телефон мобильный»); each field is taken once, by
// the first column that names it, so two «Телефон» columns do not both write the phone.
// The organization's custom columns are matched by their name (folded, exact), before the
// prefix rule: a custom «Телефон домашний» column takes its header, not the phone field.
// A «ФИО» column maps to `fullName` (split into surname, name and patronymic); row-number
// columns («№ п/п») are never mapped.
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField } from '../model/member.ts';
import { customKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn } from '../model/custom-column.ts';
import { foldText } from '../cells/fold.ts';
import { FIELD_HEADERS, FULL_NAME_HEADERS, IGNORED_HEADERS } from '../cells/headers.ts';

/** A column holding the whole name, split on import. */
export const FULL_NAME = 'fullName';
export type ImportTarget = CellKey | typeof FULL_NAME;

/** One entry per column: the field, custom column (`c:<id>`) or `fullName` it fills, or null. */
export type ColumnMapping = readonly (ImportTarget | null)[];

const EXACT = new Map<string, MemberField | typeof FULL_NAME>();
for (const field of MEMBER_FIELDS) {
  for (const header of FIELD_HEADERS[field]) EXACT.set(foldText(header), field);
}
for (const header of FULL_NAME_HEADERS) EXACT.set(foldText(header), FULL_NAME);
const IGNORED = new Set(IGNORED_HEADERS.map(foldText));

function guessOne(header: string, custom: ReadonlyMap<string, CellKey>): ImportTarget | null {
  const folded = foldText(header);
  if (folded === '' || IGNORED.has(folded)) return null;
  const exact = EXACT.get(folded) ?? custom.get(folded);
  if (exact) return exact;
  let best: { field: ImportTarget; length: number } | null = null;
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
  const taken = new Set<ImportTarget>();
  const mapping = headers.map((header) => {
    const field = guessOne(header, custom);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  // Separate surname and name columns win over a «ФИО» column beside them.
  if (taken.has(FULL_NAME) && taken.has('surname') && taken.has('name')) {
    return mapping.map((f) => (f === FULL_NAME ? null : f));
  }
  return mapping;
}

/** True when a mapping names the person: surname and name, or a «ФИО» column. */
export function mapsName(mapping: ColumnMapping): boolean {
  return mapping.includes(FULL_NAME) || (mapping.includes('surname') && mapping.includes('name'));
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

/** «Иванова Анна Петровна» → surname, name, patronymic (the rest: «Гусейн оглы»). */
export function splitFullName(text: string): { surname: string; name: string; patronymic: string } {
  const words = text
    .replace(/\u00a0/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  return {
    surname: words[0] ?? '',
    name: words[1] ?? '',
    patronymic: words.slice(2).join(' '),
  };
}
