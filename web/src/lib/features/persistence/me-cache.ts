// The last signed-in user, kept so an offline reload still knows who works here (the
// server is unreachable, so /api/me cannot say). Read without Dexie by stored-me.ts.
import type { Me } from '@profgrid/core';
import type { ProfgridDb } from './db.ts';

export async function saveMe(db: ProfgridDb, me: Me): Promise<void> {
  await db.meta.put({ key: 'me', me, savedAt: new Date().toISOString() });
}
