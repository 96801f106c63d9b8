// The table's registry entry (title, owner, the user's access), kept in this browser's
// database so a table opens offline with its title and the right editability; wiped with
// the database at logout. Stored in the `tableEntries` table, with the table's columns.
import { getDb } from '../persistence/index.ts';
import { isTableColumnType } from '@profgrid/core/tables';
import type { TableColumn } from '@profgrid/core/tables';
import type { TableEntry } from './tables-api.ts';

interface CachedEntry {
  readonly table: TableEntry;
  readonly access: 'write' | 'read';
}

export async function saveTableEntry(table: TableEntry, access: 'write' | 'read'): Promise<void> {
  const entry: CachedEntry = { table, access };
  await keep(table.id, { entry });
}

/**
 * Writes one part of the table's row, keeping the other. Values go in as plain JSON copies:
 * what a page holds may be a rune proxy, which IndexedDB cannot clone.
 */
async function keep(id: string, part: { entry: unknown } | { columns: unknown }): Promise<void> {
  const db = getDb();
  const plain = JSON.parse(JSON.stringify(part)) as typeof part;
  await db
    .transaction('rw', db.tableEntries, async () => {
      const old = await db.tableEntries.get(id);
      await db.tableEntries.put({
        id,
        entry: old?.entry ?? null,
        columns: old?.columns ?? null,
        ...plain,
        savedAt: new Date().toISOString(),
      });
    })
    .catch(() => {});
}

export async function loadTableEntry(id: string): Promise<CachedEntry | null> {
  try {
    const row = await getDb().tableEntries.get(id);
    const value = (row?.entry ?? null) as Partial<CachedEntry> | null;
    const table = value?.table;
    if (!table || typeof table.id !== 'string' || typeof table.title !== 'string') return null;
    return { table, access: value.access === 'write' ? 'write' : 'read' };
  } catch {
    return null;
  }
}

/** The table's columns as last loaded, so cached rows render before Yjs has loaded. */
export async function saveTableColumns(id: string, columns: readonly TableColumn[]): Promise<void> {
  await keep(id, { columns });
}

export async function loadTableColumns(id: string): Promise<TableColumn[] | null> {
  try {
    const value = (await getDb().tableEntries.get(id))?.columns;
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
