// The table's registry entry (title, owner, the user's access), kept in this browser's
// database so a table opens offline with its title and the right editability; wiped with
// the database at logout. Stored in the row-cache table under `table-entry:<id>`.
import { getDb } from '../persistence/index.ts';
import { isTableColumnType } from '@profgrid/core/tables';
import type { TableColumn } from '@profgrid/core/tables';
import type { TableEntry } from './tables-api.ts';

interface CachedEntry {
  readonly table: TableEntry;
  readonly access: 'write' | 'read';
}

const key = (id: string) => `table-entry:${id}`;

export async function saveTableEntry(table: TableEntry, access: 'write' | 'read'): Promise<void> {
  const entry: CachedEntry = { table, access };
  await getDb()
    .rowCache.put({
      docName: key(table.id),
      rows: JSON.stringify(entry),
      savedAt: new Date().toISOString(),
    })
    .catch(() => {});
}

export async function loadTableEntry(id: string): Promise<CachedEntry | null> {
  try {
    const row = await getDb().rowCache.get(key(id));
    if (!row) return null;
    const value = JSON.parse(row.rows) as Partial<CachedEntry> | null;
    const table = value?.table;
    if (!table || typeof table.id !== 'string' || typeof table.title !== 'string') return null;
    return { table, access: value.access === 'write' ? 'write' : 'read' };
  } catch {
    return null;
  }
}

const columnsKey = (id: string) => `table-columns:${id}`;

/** The table's columns as last loaded, so cached rows render before Yjs has loaded. */
export async function saveTableColumns(id: string, columns: readonly TableColumn[]): Promise<void> {
  await getDb()
    .rowCache.put({
      docName: columnsKey(id),
      rows: JSON.stringify(columns),
      savedAt: new Date().toISOString(),
    })
    .catch(() => {});
}

export async function loadTableColumns(id: string): Promise<TableColumn[] | null> {
  try {
    const row = await getDb().rowCache.get(columnsKey(id));
    if (!row) return null;
    const value = JSON.parse(row.rows) as unknown;
    if (!Array.isArray(value)) return null;
    const ok = value.every(
      (c: Partial<TableColumn> | null) =>
        typeof c?.id === 'string' && typeof c.name === 'string' && isTableColumnType(c.type),
    );
    return ok ? (value as TableColumn[]) : null;
  } catch {
    return null;
  }
}
