// Reading a sheet's data rows against the register: each row's normalized fields, its
// invalid cells (row and column as the user sees them in Excel) and the member it
// duplicates. Incremental (`add` row by row) so the UI can show progress and cancel.
// Built-in fields that fail validation skip their row (`issues`, as before); values of
// custom columns are parsed per the column's type and, when invalid, imported as typed and
// flagged (`flags`): the grid marks them like a typed value, the report names them.
import type { MemberField, MemberRecord } from '../model/member.ts';
import { customKey, isCustomKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn } from '../model/custom-column.ts';
import { validateCustomValue } from '../validation/custom-column.ts';
import type { Text } from '../i18n/text.ts';
import type { MemberFields } from '../doc/org-doc.ts';
import { validateMemberField } from '../validation/member.ts';
import { duplicateKey, indexMembers } from './duplicates.ts';
import { columnLetter } from './mapping.ts';
import type { ColumnMapping } from './mapping.ts';
import { normalizeCell } from './normalize.ts';
import { normalizeCustomCell } from './custom-cell.ts';

export interface CellIssue {
  /** Spreadsheet row number (the header is row 1). */
  readonly row: number;
  /** 1-based column index and its letter (A, B, …). */
  readonly column: number;
  readonly columnName: string;
  readonly header: string;
  /** A built-in field or a custom column's `c:<id>` key. */
  readonly field: CellKey;
  readonly code: string;
  readonly reason: Text;
}

export interface AnalyzedRow {
  readonly row: number;
  readonly fields: MemberFields;
  readonly issues: readonly CellIssue[];
  /** Invalid custom column values: imported as typed, flagged in the report. */
  readonly flags: readonly CellIssue[];
  /** The existing member with the same surname, name and birth date. */
  readonly duplicateOf: string | null;
  /** The earlier row of this file with the same person. */
  readonly repeatOf: number | null;
  readonly empty: boolean;
}

const REQUIRED: readonly MemberField[] = ['surname', 'name', 'category'];

export class ImportAnalysis {
  readonly rows: AnalyzedRow[] = [];
  readonly #headers: readonly string[];
  readonly #mapping: ColumnMapping;
  readonly #today: string;
  readonly #existing: Map<string, string>;
  readonly #seen = new Map<string, number>();
  readonly #columns: ReadonlyMap<CellKey, CustomColumn>;

  /** `columns`: the organization's custom columns; a mapping to any other `c:` key is ignored. */
  constructor(
    headers: readonly string[],
    mapping: ColumnMapping,
    existing: readonly MemberRecord[],
    today: string,
    columns: readonly CustomColumn[] = [],
  ) {
    this.#headers = headers;
    this.#columns = new Map(columns.map((c) => [customKey(c.id), c]));
    this.#mapping = mapping.map((key) =>
      key !== null && isCustomKey(key) && !this.#columns.has(key) ? null : key,
    );
    this.#today = today;
    this.#existing = indexMembers(existing);
  }

  /** Analyzes one data row; `row` is its spreadsheet row number. */
  add(cells: readonly string[], row: number): AnalyzedRow {
    const fields: Record<string, string> = {};
    const issues: CellIssue[] = [];
    const flags: CellIssue[] = [];
    const columnOf = new Map<CellKey, number>();
    this.#mapping.forEach((field, i) => {
      if (!field) return;
      columnOf.set(field, i);
      const custom = isCustomKey(field) ? this.#columns.get(field) : undefined;
      const raw = cells[i] ?? '';
      const value = custom
        ? normalizeCustomCell(custom, raw)
        : normalizeCell(field as MemberField, raw);
      if (value !== '') fields[field] = value;
    });
    const empty = Object.keys(fields).length === 0;
    const check = (field: CellKey, value: string) => {
      const custom = isCustomKey(field) ? this.#columns.get(field) : undefined;
      const result = custom
        ? validateCustomValue(custom, value)
        : validateMemberField(field as MemberField, value, { today: this.#today });
      if (result.ok) return;
      const col = columnOf.get(field);
      const column = col === undefined ? 0 : col + 1;
      (custom ? flags : issues).push({
        row,
        column,
        columnName: column ? columnLetter(column) : '',
        header: col === undefined ? '' : (this.#headers[col] ?? ''),
        field,
        code: result.code,
        reason: result.reason,
      });
    };
    if (!empty) {
      for (const field of REQUIRED) if (!fields[field]) check(field, '');
      for (const [field, value] of Object.entries(fields)) check(field as CellKey, value);
    }
    const key = duplicateKey(fields.surname ?? '', fields.name ?? '', fields.birthDate ?? '');
    const duplicateOf = key === null ? null : (this.#existing.get(key) ?? null);
    const repeatOf = key === null ? null : (this.#seen.get(key) ?? null);
    if (key !== null && repeatOf === null && !empty) this.#seen.set(key, row);
    const analyzed: AnalyzedRow = { row, fields, issues, flags, duplicateOf, repeatOf, empty };
    this.rows.push(analyzed);
    return analyzed;
  }

  get duplicates(): AnalyzedRow[] {
    return this.rows.filter((r) => r.duplicateOf !== null && !r.empty);
  }
}

/** Analyzes a whole table at once (header row first); for tests, benches and small files. */
export function analyzeTable(
  table: readonly (readonly string[])[],
  mapping: ColumnMapping,
  existing: readonly MemberRecord[],
  today: string,
  columns: readonly CustomColumn[] = [],
): ImportAnalysis {
  const analysis = new ImportAnalysis(table[0] ?? [], mapping, existing, today, columns);
  for (let i = 1; i < table.length; i++) analysis.add(table[i]!, i + 1);
  return analysis;
}
