// The notes of stored changes awaiting their card check (card_doc_checks): the notes of
// one turn are one transaction, committed before markPending resolves (a killed process
// keeps them: card-sweep.test.ts); clears are written behind; an organization edited
// again while its clear is queued keeps its note without a write (SQLite: the only
// instance). On SQLite and PostgreSQL, real databases, a second connection reading.
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import type { RegistryDb } from '../../test/registry-db.ts';
import type { Statement } from '../store/sql.ts';
import { CardStore } from './card-store.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe.each(DIALECTS)('card check notes on %s', (dialect) => {
  async function open() {
    const db = await openRegistryDb(dialect);
    const other = await db.reopen();
    opened.push(db, other);
    const batches: string[][] = [];
    const sql = {
      ...db.sql,
      batch: (statements: readonly Statement[], options?: { durable?: boolean }) => {
        batches.push(statements.map((s) => s.sql.split(' ')[0]!));
        return db.sql.batch(statements, options);
      },
    };
    const notes = () =>
      other.sql
        .all<{ org_id: string; since: number }>(
          'SELECT org_id, since FROM card_doc_checks ORDER BY org_id',
        )
        .then((rows) => rows.map((r) => `${r.org_id}@${Number(r.since)}`));
    return { store: new CardStore(sql), batches, notes };
  }

  it('notes of one turn: one transaction, in the database when markPending resolves', async () => {
    const { store, batches, notes } = await open();
    await Promise.all([
      store.markPending('a', 10),
      store.markPending('b', 11),
      store.markPending('a', 12),
    ]);
    expect(batches).toEqual([['INSERT', 'INSERT']]);
    expect(await notes()).toEqual(['a@12', 'b@11']);
  });

  it('clears are written behind, and pending() sees them', async () => {
    const { store, batches, notes } = await open();
    await store.markPending('a', 10);
    await store.markPending('b', 20);
    await store.clearPending('a', 10);
    await store.clearPending('b', 15); // a check older than b's note: b stays
    expect(await notes()).toEqual(['a@10', 'b@20']); // not yet
    expect(await store.pending()).toEqual([{ orgId: 'b', since: 20 }]);
    expect(batches).toEqual([['INSERT'], ['INSERT'], ['DELETE', 'DELETE']]);
  });

  it('edited again while its clear is queued: the note stays, the check is still due', async () => {
    const { store, batches, notes } = await open();
    await store.markPending('a', 10);
    await store.clearPending('a', 10);
    await store.markPending('a', 20); // the next change, within the clear's second
    // SQLite: no write at all (the note of 10 is still there); PostgreSQL: written again
    expect(batches).toEqual(dialect === 'sqlite' ? [['INSERT']] : [['INSERT'], ['INSERT']]);
    expect(await store.pending()).toEqual([{ orgId: 'a', since: dialect === 'sqlite' ? 10 : 20 }]);
    await store.clearPending('a', 20);
    expect(await store.pending()).toEqual([]);
    expect(await notes()).toEqual([]);
  });
});
