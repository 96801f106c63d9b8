// Reading and writing a committee table's Yjs document (layout: columns.ts). Writes go
// through one transaction each; reads never throw on a malformed entry (it is skipped, an
// unknown type reads as text).
import * as Y from 'yjs';
import { ROOT } from '../doc/schema.ts';
import { isColumnRole, isTableColumnType } from './columns.ts';
import type { ChoiceTotal, DueRule, TableColumn } from './columns.ts';

/** A row: its id and the values by column id ('' = empty). */
export interface TableRow {
  readonly id: string;
  readonly values: Readonly<Record<string, string>>;
}

export interface TableData {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A column to add: everything but its order (given by position). */
export type ColumnDraft = Omit<TableColumn, 'order'>;

const columnsOf = (ydoc: Y.Doc) => ydoc.getMap<Y.Map<unknown>>(ROOT.columns);
const rowsOf = (ydoc: Y.Doc) => ydoc.getMap<Y.Map<string>>(ROOT.members);

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

function toDue(raw: unknown): DueRule | undefined {
  const v = parseJson(raw) as { state?: unknown; done?: unknown } | undefined;
  return v && typeof v.state === 'string' ? { state: v.state, done: strings(v.done) } : undefined;
}

function toTotals(raw: unknown): ChoiceTotal[] | undefined {
  const v = parseJson(raw);
  if (!Array.isArray(v)) return undefined;
  return v.flatMap((t: { name?: unknown; values?: unknown }) =>
    typeof t?.name === 'string' ? [{ name: t.name, values: strings(t.values) }] : [],
  );
}

function toColumn(id: string, map: Y.Map<unknown>): TableColumn | null {
  const name = map.get('name');
  if (typeof name !== 'string') return null;
  const type = map.get('type');
  const order = map.get('order');
  const role = map.get('role');
  const due = toDue(map.get('due'));
  const totals = toTotals(map.get('totals'));
  return {
    id,
    name,
    type: isTableColumnType(type) ? type : 'text',
    choices: strings(parseJson(map.get('choices'))),
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
    ...(isColumnRole(role) ? { role } : {}),
    ...(due ? { due } : {}),
    ...(totals ? { totals } : {}),
  };
}

/** The columns in order (ties by id, so every replica lists them alike). */
export function tableColumns(ydoc: Y.Doc): TableColumn[] {
  const out: TableColumn[] = [];
  columnsOf(ydoc).forEach((map, id) => {
    const column = map instanceof Y.Map ? toColumn(id, map) : null;
    if (column) out.push(column);
  });
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function tableRows(ydoc: Y.Doc): TableRow[] {
  const out: TableRow[] = [];
  rowsOf(ydoc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const values: Record<string, string> = {};
    map.forEach((value, key) => {
      if (key.startsWith('c:') && typeof value === 'string') values[key.slice(2)] = value;
    });
    out.push({ id, values });
  });
  return out;
}

export function readTable(ydoc: Y.Doc): TableData {
  return { columns: tableColumns(ydoc), rows: tableRows(ydoc) };
}

/** Adds columns after the existing ones, in the given order. */
export function addTableColumns(
  ydoc: Y.Doc,
  drafts: readonly ColumnDraft[],
  origin?: unknown,
): void {
  const columns = columnsOf(ydoc);
  let order = tableColumns(ydoc).reduce((max, c) => Math.max(max, c.order), 0);
  ydoc.transact(() => {
    for (const d of drafts) {
      const map = new Y.Map<unknown>();
      map.set('name', d.name);
      map.set('type', d.type);
      map.set('choices', JSON.stringify(d.choices));
      map.set('order', ++order);
      if (d.role) map.set('role', d.role);
      if (d.due) map.set('due', JSON.stringify(d.due));
      if (d.totals) map.set('totals', JSON.stringify(d.totals));
      columns.set(d.id, map);
    }
  }, origin);
}

/**
 * Adds rows (values by column id; an organization link's id under `<columnId>@id`).
 * Rows carry `status: active` as the member grid expects of every row.
 */
export function addTableRows(ydoc: Y.Doc, rows: readonly TableRow[], origin?: unknown): void {
  const map = rowsOf(ydoc);
  ydoc.transact(() => {
    for (const row of rows) {
      const y = new Y.Map<string>();
      y.set('status', 'active');
      for (const [key, value] of Object.entries(row.values)) {
        if (value !== '') y.set(`c:${key}`, value);
      }
      map.set(row.id, y);
    }
  }, origin);
}
