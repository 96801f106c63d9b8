// The own figures of a form counted from a real SQLite document store: asked again with
// the document unchanged, the kept answer comes back without a recount; an update stored
// since (a member joins, the passport changes) is counted at once; the date and the
// organization's place in the tree are part of what is kept; the oldest answer leaves
// when more organizations are asked than are kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import { storeOwnFigures } from './doc-snapshots.ts';
import type { OwnFiguresInput } from './doc-snapshots.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

function tempStore(): SqliteDocStore {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-own-figures-'));
  const docs = new SqliteDocStore(openSqlite(dir));
  cleanups.push(async () => {
    await docs.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return docs;
}

const school = (orgId: string): OwnFiguresInput => ({
  orgId,
  level: 'primary',
  institutionType: 'school',
  profgroups: 0,
});

/** Stores what `change` does to the organization's document as one update. */
async function write(docs: SqliteDocStore, orgId: string, change: (d: OrgDoc) => void) {
  const stored = await docs.load(orgDocName(orgId));
  const doc = new OrgDoc(new Y.Doc());
  for (const u of stored.updates) Y.applyUpdate(doc.ydoc, u);
  const before = Y.encodeStateVector(doc.ydoc);
  change(doc);
  await docs.append(orgDocName(orgId), Y.encodeStateAsUpdate(doc.ydoc, before));
}

const joined = (id: string, date: string) => ({
  id: `${id}-j`,
  date,
  author: 't',
  recordedAt: '2026-01-01T00:00:00Z',
});

it('keeps the answer while the document is unchanged and recounts after an update', async () => {
  const docs = tempStore();
  const own = storeOwnFigures(docs);
  await write(docs, 's1', (d) => {
    d.setPassportField('workersCount', '40');
    d.addMember('a', { surname: 'Иванова', category: 'working' }, joined('a', '2020-09-01'));
  });
  const first = await own(school('s1'), '2027-01-01');
  expect(first.figures.values['11']).toBe(1);
  expect(first.figures.values['10']).toBe(40);
  expect(await own(school('s1'), '2027-01-01')).toBe(first);

  await write(docs, 's1', (d) => {
    d.addMember('b', { surname: 'Петрова', category: 'student' }, joined('b', '2021-09-01'));
    d.setPassportField('address', 'г. Белгород, ул. Победы, 4');
  });
  const second = await own(school('s1'), '2027-01-01');
  expect(second).not.toBe(first);
  expect(second.figures.values['11']).toBe(2);
  expect(second.figures.values['13']).toBe(1);
  expect(second.passport?.address).toBe('г. Белгород, ул. Победы, 4');
  // Another date, another place in the tree: counted for what was asked.
  expect((await own(school('s1'), '2021-01-01')).figures.values['11']).toBe(1);
  const withGroups = await own({ ...school('s1'), profgroups: 3 }, '2027-01-01');
  expect(withGroups.figures.values['09']).toBe(3);
  expect(await own(school('s1'), '2027-01-01')).toBe(second);
});

it('an organization without a document has no passport, and the oldest answer leaves first', async () => {
  const docs = tempStore();
  const own = storeOwnFigures(docs, { kept: 2 });
  const none = await own(school('empty'), '2027-01-01');
  expect(none.passport).toBeNull();
  expect(none.figures.values['11']).toBe(0);
  for (const id of ['s1', 's2']) {
    await write(docs, id, (d) => d.setPassportField('workersCount', '10'));
  }
  const s1 = await own(school('s1'), '2027-01-01');
  const s2 = await own(school('s2'), '2027-01-01');
  expect(await own(school('s1'), '2027-01-01')).toBe(s1);
  // A third organization: s2 was asked least recently and leaves; s1 stays.
  await own(school('s3'), '2027-01-01');
  expect(await own(school('s1'), '2027-01-01')).toBe(s1);
  const again = await own(school('s2'), '2027-01-01');
  expect(again).not.toBe(s2);
  expect(again).toEqual(s2);
});
