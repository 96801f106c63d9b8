// Reading a sheet's data rows against the register: each row's normalized fields, its
// invalid cells (row and column as the user sees them in Excel) and the member it
// duplicates. Incremental (`add` row by row) so the UI can show progress and cancel.
// Every cell is parsed by its codec (lenient, as a paste). A row without a surname or a
// name names no person and is skipped (`issues`); any other invalid cell — a built-in field
// or a custom column, a required field left empty — is imported as written and flagged
// (`flags`): the grid marks it like a typed value, the preview and the report name it.
import type { MemberField, MemberRecord } from '../model/member.ts';
import { isCustomKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn } from '../model/custom-column.ts';
import type { Text } from '../i18n/text.ts';
import type { MemberFields } from '../doc/org-doc.ts';
import { cellCodec } from '../cells/lookup.ts';
import { MEMBER_CODECS } from '../cells/member.ts';
import { restoreFormula } from '../cells/formula.ts';
import { duplicateKey, indexMembers } from './duplicates.ts';
import { FULL_NAME, columnLetter, splitFullName } from './mapping.ts';
import type { ColumnMapping } from './mapping.ts';

export interface CellIssue {
  /** Row number in the file. */
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
  /** Invalid cells imported as written, flagged in the grid and the report. */
  readonly flags: readonly CellIssue[];
  /** The existing member with the same surname, name and birth date. */
  readonly duplicateOf: string | null;
  /** The earlier row of this file with the same person. */
  readonly repeatOf: number | null;
  readonly empty: boolean;
  /** Where the row's status cell is, when the file has a status column. */
  readonly statusAt?: Omit<CellIssue, 'field' | 'code' | 'reason'>;
}

/** Without these a row names no person: it is skipped; other invalid cells are flagged. */
const IDENTITY: readonly CellKey[] = ['surname', 'name'];
const REQUIRED: readonly MemberField[] = ['surname', 'name', 'category'];

/** Values for all rows of fields the file does not have (stored form, e.g. 'working'). */
export type ImportDefaults = Readonly<Partial<Record<CellKey, string>>>;

export class ImportAnalysis {
  readonly rows: AnalyzedRow[] = [];
  readonly #headers: readonly string[];
  readonly #mapping: ColumnMapping;
  readonly #today: string;
  readonly #existing: Map<string, string>;
  readonly #seen = new Map<string, number>();
  readonly #columns: ReadonlyMap<string, CustomColumn>;
  readonly #defaults: ImportDefaults;

  /**
   * `columns`: the organization's custom columns; a mapping to any other `c:` key is
   * ignored. `defaults`: a value for every row, for fields no column fills (a default for
   * a mapped field is ignored: the file's own value wins, empty stays empty).
   */
  constructor(
    headers: readonly string[],
    mapping: ColumnMapping,
    existing: readonly MemberRecord[],
    today: string,
    columns: readonly CustomColumn[] = [],
    defaults: ImportDefaults = {},
  ) {
    this.#headers = headers;
    this.#columns = new Map(columns.map((c) => [c.id, c]));
    this.#mapping = mapping.map((key) =>
      key !== null && isCustomKey(key) && !this.#columns.has(key.slice(2)) ? null : key,
    );
    this.#today = today;
    this.#existing = indexMembers(existing);
    const mapped = new Set<string>(this.#mapping.filter((k) => k !== null));
    if (mapped.has(FULL_NAME)) for (const f of ['surname', 'name', 'patronymic']) mapped.add(f);
    this.#defaults = Object.fromEntries(
      Object.entries(defaults).filter(([k, v]) => !mapped.has(k) && v !== undefined && v !== ''),
    );
  }

  /** Analyzes one data row; `row` is its row number in the file. */
  add(cells: readonly string[], row: number): AnalyzedRow {
    const lookup = (id: string) => this.#columns.get(id);
    const fields: Record<string, string> = {};
    const issues: CellIssue[] = [];
    const flags: CellIssue[] = [];
    const columnOf = new Map<CellKey, number>();
    this.#mapping.forEach((target, i) => {
      if (!target) return;
      const raw = restoreFormula(cells[i] ?? '');
      if (target === FULL_NAME) {
        const parts = splitFullName(raw);
        for (const field of ['surname', 'name', 'patronymic'] as const) {
          columnOf.set(field, i);
          const value = MEMBER_CODECS[field].parse(parts[field], 'lenient');
          if (value !== '') fields[field] = value;
        }
        return;
      }
      columnOf.set(target, i);
      const value = cellCodec(target, lookup).parse(raw, 'lenient');
      if (value !== '') fields[target] = value;
    });
    const empty = Object.keys(fields).length === 0;
    if (!empty) {
      for (const [field, value] of Object.entries(this.#defaults)) fields[field] ??= value!;
    }
    const check = (field: CellKey, value: string) => {
      const result = cellCodec(field, lookup).validate(value, { today: this.#today });
      if (result.ok) return;
      const col = columnOf.get(field);
      const column = col === undefined ? 0 : col + 1;
      (IDENTITY.includes(field) ? issues : flags).push({
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
    const statusCol = columnOf.get('status');
    const statusAt =
      statusCol === undefined
        ? undefined
        : {
            row,
            column: statusCol + 1,
            columnName: columnLetter(statusCol + 1),
            header: this.#headers[statusCol] ?? '',
          };
    const analyzed: AnalyzedRow = {
      row,
      fields,
      issues,
      flags,
      duplicateOf,
      repeatOf,
      empty,
      ...(statusAt ? { statusAt } : {}),
    };
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
  defaults: ImportDefaults = {},
): ImportAnalysis {
  const analysis = new ImportAnalysis(table[0] ?? [], mapping, existing, today, columns, defaults);
  for (let i = 1; i < table.length; i++) analysis.add(table[i]!, i + 1);
  return analysis;
}
