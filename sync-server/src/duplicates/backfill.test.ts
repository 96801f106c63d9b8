// Documents stored before the duplicate index existed enter it without waiting for their
// next change: the server back-fills them at start-up (the demo seed writes documents that
// no change ever announced), marks each organization, and a second run finds nothing.
// Re-indexing after a change hashes only the members whose key fields changed and keeps
// the pairs of the others; a change of no key field does not even read the table. A large
// organization's key rows are written in several transactions, in order, with the event
// loop let in between. Real SQLite, real documents; a real relay for the start-up.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { MemberFields } from '@profgrid/core';
import { silentLogger } from '../log.ts';
import { SqlOrgRegistry } from '../registry/org-registry.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { sqliteSql } from '../store/sqlite-sql.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import { SLICE_MS } from '../time-slices.ts';
import { BACKFILL_ROWS, DuplicateIndex } from './duplicate-index.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('duplicate index back-fill', () => {
  it('indexes the seeded documents at start-up, once', async () => {
    const relay = await startTestRelay({ seed: 'demo' });
    try {
      const { duplicates } = relay.server;
      const indexed = await duplicates.backfilled;
      expect(indexed).toBeGreaterThan(10);
      // school 4's members are in the index though nobody changed its document
      expect((await duplicates.store.keysOf('school-004')).length).toBeGreaterThan(10);
      const again = await duplicates.backfill({
        names: async () => [orgDocName('school-004')],
        load: async () => new Y.Doc(),
      });
      expect(again).toBe(0);
    } finally {
      await relay.server.close();
      removeDir(relay.dataDir);
    }
  }, 60_000);

  it('finds a person registered in two organizations before the index existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profgrid-backfill-'));
    dirs.push(dir);
    const db = openSqlite(dir);
    try {
      const sql = sqliteSql(db);
      const registry = await SqlOrgRegistry.open(sql);
      const org = (id: string, parentId: string | null) => ({
        id,
        parentId,
        name: `Организация ${id}`,
        shortName: id,
        level: parentId ? ('primary' as const) : ('local' as const),
        institutionType: parentId ? ('school' as const) : null,
      });
      await registry.insertMany([org('city', null), org('a', 'city'), org('b', 'city')]);
      const person: MemberFields = {
        surname: 'Дубликатова',
        name: 'Алёна',
        patronymic: 'Игоревна',
        birthDate: '1985-04-12',
      };
      const docs = new Map<string, Y.Doc>();
      for (const id of ['a', 'b']) {
        const doc = new OrgDoc(new Y.Doc());
        for (let i = 0; i < 30; i++) {
          doc.addMember(`${id}-${i}`, {
            surname: `Фамилия${id}${i}`,
            name: 'Иван',
            birthDate: '1970-01-01',
          });
        }
        doc.addMember(`${id}-dup`, id === 'a' ? person : { ...person, name: 'Алена' });
        docs.set(id, doc.ydoc);
      }
      const reads: string[] = [];
      const index = await DuplicateIndex.open({
        sql: {
          ...sql,
          all: (text, params) => {
            reads.push(text);
            return sql.all(text, params);
          },
        },
        registry,
        logger: silentLogger,
        now: Date.now,
      });
      const source = {
        names: async () => ['org:a', 'org:b', 'table:t1', 'org:gone'],
        load: async (id: string) => docs.get(id)!,
      };
      expect(await index.backfill(source)).toBe(2);
      // the marks are written behind, and all of them by the end of the back-fill
      expect(await index.store.indexedOrgs()).toEqual(new Set(['a', 'b']));
      const [item] = await index.listFor('a');
      expect(item).toMatchObject({ memberId: 'a-dup', otherOrgId: 'b', match: 'name' });
      expect(await index.backfill(source)).toBe(0);

      // a change of no key field reads nothing (the rows are as this instance left them)
      const a = new OrgDoc(docs.get('a')!);
      a.setMemberField('a-3', 'phone', '+7 900 000-00-00');
      reads.length = 0;
      await index.indexMembers('a', a.members());
      expect(reads).toEqual([]);

      // a change elsewhere in «a» keeps the pair; the duplicate's removal ends it
      reads.length = 0;
      a.setMemberField('a-3', 'surname', 'Другая');
      await index.indexMembers('a', a.members());
      expect(reads.some((r) => r.includes('FROM person_keys'))).toBe(true);
      expect((await index.listFor('a')).map((i) => i.memberId)).toEqual(['a-dup']);
      expect((await index.listFor('b')).map((i) => i.memberId)).toEqual(['b-dup']);
      a.removal(
        'a-dup',
        { id: 'r1', date: '2026-01-10', reason: 'own-will', author: '', recordedAt: '' },
        '2026-12-01',
      );
      await index.indexMembers('a', a.members());
      expect(await index.listFor('a')).toEqual([]);
      expect(await index.listFor('b')).toEqual([]);
    } finally {
      db.close();
    }
  });
  it("writes a large organization's key rows in slices, in order, serving the loop between", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profgrid-backfill-'));
    dirs.push(dir);
    const db = openSqlite(dir);
    let serving = true;
    try {
      const sql = sqliteSql(db);
      const registry = await SqlOrgRegistry.open(sql);
      await registry.insertMany([
        {
          id: 'big',
          parentId: null,
          name: 'Большая организация',
          shortName: 'big',
          level: 'local',
          institutionType: null,
        },
      ]);
      const doc = new OrgDoc(new Y.Doc());
      const ids: string[] = [];
      for (let i = 0; i < BACKFILL_ROWS * 2 + 20; i++) {
        ids.push(`m-${String(i).padStart(3, '0')}`);
        doc.addMember(ids.at(-1)!, {
          surname: `Фамилия${i}`,
          name: 'Иван',
          birthDate: '1970-01-01',
        });
      }
      // the loop's turns, counted: an immediate that schedules the next
      let turns = 0;
      const turn = () => {
        turns++;
        if (serving) setImmediate(turn);
      };
      setImmediate(turn);
      // each key transaction outlasts a slice, as a large one does on a busy machine
      const writes: { members: string[]; turns: number }[] = [];
      const index = await DuplicateIndex.open({
        sql: {
          ...sql,
          batch: (statements, options) => {
            const keys = statements.filter((st) => st.sql.startsWith('INSERT INTO person_keys'));
            if (keys.length > 0) {
              const members = keys.flatMap((st) =>
                (st.params ?? []).filter((_, i) => i % 4 === 1).map(String),
              );
              writes.push({ members, turns });
              const until = performance.now() + SLICE_MS + 1;
              while (performance.now() < until);
            }
            return sql.batch(statements, options);
          },
        },
        registry,
        logger: silentLogger,
        now: Date.now,
      });
      const source = { names: async () => ['org:big'], load: async () => doc.ydoc };
      expect(await index.backfill(source)).toBe(1);
      // complete, in order, and no transaction over BACKFILL_ROWS rows
      expect(writes.flatMap((w) => w.members)).toEqual(ids);
      expect(writes.length).toBe(3);
      expect(writes.every((w) => w.members.length <= BACKFILL_ROWS)).toBe(true);
      expect((await index.store.keysOf('big')).length).toBe(ids.length);
      expect(await index.store.indexedOrgs()).toEqual(new Set(['big']));
      // between two of them the event loop ran
      for (let i = 1; i < writes.length; i++) {
        expect(writes[i]!.turns).toBeGreaterThan(writes[i - 1]!.turns);
      }
    } finally {
      serving = false;
      db.close();
    }
  });
});
