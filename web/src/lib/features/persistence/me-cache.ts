// The last signed-in user, kept so an offline reload still knows who works here (the
// server is unreachable, so /api/me cannot say). Rows are validated on read.
import Dexie from 'dexie';
import { parseMe } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import { DEFAULT_DB_NAME } from './db.ts';
import type { ProfgridDb } from './db.ts';

export async function saveMe(db: ProfgridDb, me: Me): Promise<void> {
  await db.meta.put({ key: 'me', me, savedAt: new Date().toISOString() });
}

/** The stored user, or null. Does not create the database when there is none. */
export async function loadMe(db: () => ProfgridDb, name = DEFAULT_DB_NAME): Promise<Me | null> {
  if (!(await dbExists(name))) return null;
  const row = await db().meta.get('me');
  return parseMe(row?.me);
}

/** Whether the database exists, without creating it (indexedDB.databases when available). */
export async function dbExists(name: string): Promise<boolean> {
  const idb = globalThis.indexedDB;
  if (idb && typeof idb.databases === 'function') {
    return (await idb.databases()).some((d) => d.name === name);
  }
  return Dexie.exists(name);
}
