// Per-document sync metadata: how many local changes the server has not acknowledged.
// Persisted so the header still says "N changes not sent" after an offline reload.
import type { ProfgridDb } from './db.ts';

export async function loadPending(db: ProfgridDb, docName: string): Promise<number> {
  const row = await db.syncMeta.get(docName);
  const n = row?.pending;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

export async function savePending(db: ProfgridDb, docName: string, pending: number): Promise<void> {
  await db.syncMeta.put({ docName, pending: Math.max(0, Math.floor(pending)) });
}
