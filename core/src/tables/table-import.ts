// A file (XLSX or CSV, read to rows of strings by the web) into a committee table: the
// header row is found among the first rows by the table's column names (case, spacing and
// ё aside), each data row becomes a table row, each cell goes through its column's codec
// (the member grid's custom-column codecs: choice, date, yes/no, number, text). A value the
// codec judges invalid is kept as written and reported by the file's own row and column
// («E6»), so good rows go in and bad cells are flagged, never dropped. An organization
// link is looked up by the caller (name or id within the owner's subtree); a row linked to
// an organization that already has a row updates that row instead of adding one.
import * as Y from 'yjs';
import { customCodec } from '../cells/custom.ts';
import { foldText } from '../cells/fold.ts';
import type { Text } from '../i18n/text.ts';
import { columnLetter } from '../import/mapping.ts';
import { sheetRows } from '../import/sheet.ts';
import type { CustomColumn } from '../model/custom-column.ts';
import { ROOT } from '../doc/schema.ts';
import type { TableColumn } from './columns.ts';
import { addTableRows } from './table-doc.ts';
import type { TableRow } from './table-doc.ts';

/** An organization found for a link text, or why none was taken. */
export type OrgLookup =
  | { readonly ok: true; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly reason: 'not-found' | 'ambiguous' | 'offline' };

export interface ImportIssue {
  /** The file's own row number (1-based) and column letter, e.g. 6 and «E». */
  readonly row: number;
  readonly column: string;
  /** The table column's name. */
  readonly header: string;
  readonly value: string;
  readonly reason: Text;
}

export interface TableImportPlan {
  /** The file's row number of the header row (0 when none was found). */
  readonly headerRow: number;
  /** File columns taken: letter, header text, table column id. */
  readonly mapped: readonly {
    readonly column: string;
    readonly header: string;
    readonly id: string;
  }[];
  /** Header texts of file columns that name no table column (left out). */
  readonly unmapped: readonly string[];
  readonly add: readonly TableRow[];
  /** Rows of organizations the table already has: only the file's non-empty cells are set. */
  readonly update: readonly TableRow[];
  readonly issues: readonly ImportIssue[];
}

const SCAN = 30;

const asCustom = (c: TableColumn): CustomColumn => ({
  id: c.id,
  name: c.name,
  type: c.type === 'org' ? 'text' : c.type,
  choices: c.choices,
  order: c.order,
});

/** File column index → table column, by header text. */
function matchHeader(cells: readonly string[], byName: ReadonlyMap<string, TableColumn>) {
  const out = new Map<number, TableColumn>();
  const taken = new Set<string>();
  cells.forEach((text, i) => {
    const column = byName.get(foldText(text));
    if (column && !taken.has(column.id)) {
      out.set(i, column);
      taken.add(column.id);
    }
  });
  return out;
}

const ORG_REASONS: Record<'not-found' | 'ambiguous' | 'offline', Text> = {
  'not-found': {
    ru: 'Организация не найдена среди подчинённых',
    en: 'No such organization in the subtree',
  },
  ambiguous: {
    ru: 'Под это название подходят несколько организаций — уточните',
    en: 'Several organizations match — be more specific',
  },
  offline: {
    ru: 'Нет связи с сервером — организация не проверена',
    en: 'No connection — the organization was not checked',
  },
};

/** The org-link texts of the file (distinct, trimmed) the caller must look up. */
export function orgLinkTexts(
  table: readonly (readonly string[])[],
  columns: readonly TableColumn[],
) {
  const plan = locate(table, columns);
  const texts = new Set<string>();
  for (const row of plan.rows) {
    for (const [i, column] of plan.map) {
      const text = (row.cells[i] ?? '').trim();
      if (column.type === 'org' && text !== '') texts.add(text);
    }
  }
  return [...texts];
}

function locate(table: readonly (readonly string[])[], columns: readonly TableColumn[]) {
  const byName = new Map(columns.map((c) => [foldText(c.name), c]));
  const rows = sheetRows(table);
  let best = -1;
  let map = new Map<number, TableColumn>();
  for (let i = 0; i < Math.min(rows.length, SCAN); i++) {
    const m = matchHeader(rows[i]!.cells, byName);
    if (m.size > map.size) {
      best = i;
      map = m;
    }
  }
  return { header: best >= 0 ? rows[best]! : null, map, rows: rows.slice(best + 1) };
}

/**
 * The plan of an import: rows to add and rows to update, cell issues by the file's row and
 * column. `lookup` gives the organization of each org-link text (orgLinkTexts); `existing`
 * maps an organization id to the id of its row in the table; `newId` names added rows.
 */
export function planTableImport(
  table: readonly (readonly string[])[],
  columns: readonly TableColumn[],
  lookup: ReadonlyMap<string, OrgLookup>,
  existing: ReadonlyMap<string, string>,
  newId: () => string,
): TableImportPlan {
  const { header, map, rows } = locate(table, columns);
  if (!header) {
    return { headerRow: 0, mapped: [], unmapped: [], add: [], update: [], issues: [] };
  }
  const mapped = [...map].map(([i, c]) => ({
    column: columnLetter(i + 1),
    header: (header.cells[i] ?? '').trim(),
    id: c.id,
  }));
  const unmapped = header.cells
    .map((text, i) => (map.has(i) ? '' : text.trim()))
    .filter((text) => text !== '');
  const add: TableRow[] = [];
  const update: TableRow[] = [];
  const issues: ImportIssue[] = [];
  const claimed = new Set<string>();
  for (const row of rows) {
    const values: Record<string, string> = {};
    let linked: string | null = null;
    for (const [i, column] of map) {
      const text = (row.cells[i] ?? '').trim();
      if (text === '') continue;
      const issue = (reason: Text, value = text) =>
        issues.push({
          row: row.row,
          column: columnLetter(i + 1),
          header: column.name,
          value,
          reason,
        });
      if (column.type === 'org') {
        const found = lookup.get(text) ?? { ok: false, reason: 'not-found' };
        if (found.ok) {
          values[column.id] = found.name;
          values[`${column.id}@id`] = found.id;
          linked ??= found.id;
        } else {
          values[column.id] = text;
          issue(ORG_REASONS[found.reason]);
        }
        continue;
      }
      const codec = customCodec(asCustom(column));
      const value = codec.parse(text, 'lenient');
      values[column.id] = value;
      const judged = codec.validate(value);
      if (!judged.ok) issue(judged.reason);
    }
    if (Object.keys(values).length === 0) continue;
    const target = linked === null ? undefined : existing.get(linked);
    if (target !== undefined && !claimed.has(target)) {
      claimed.add(target);
      update.push({ id: target, values });
    } else add.push({ id: newId(), values });
  }
  return { headerRow: header.row, mapped, unmapped, add, update, issues };
}

/** Writes a plan in one transaction (one undo step for the grid's history). */
export function applyTableImport(ydoc: Y.Doc, plan: TableImportPlan, origin?: unknown): void {
  const rows = ydoc.getMap<Y.Map<string>>(ROOT.members);
  ydoc.transact(() => {
    addTableRows(ydoc, plan.add);
    for (const row of plan.update) {
      const y = rows.get(row.id);
      if (!(y instanceof Y.Map)) continue;
      for (const [key, value] of Object.entries(row.values))
        if (value !== '') y.set(`c:${key}`, value);
    }
  }, origin);
}
