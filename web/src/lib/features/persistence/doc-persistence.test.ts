// Contract of the IndexedDB adapter, on real Dexie over fake-indexeddb.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { DocPersistence, openDb } from './index.ts';

let counter = 0;
const freshDb = () => openDb(`test-${++counter}-${Math.random()}`);

describe('DocPersistence', () => {
  it('restores a document written by an earlier session', async () => {
    const db = freshDb();
    const a = new Y.Doc();
    const pa = new DocPersistence(db, 'org:x', a);
    await pa.whenLoaded;
    new OrgDoc(a).addMember('m1', { surname: 'Иванова', name: 'Анна', category: 'working' });
    new OrgDoc(a).setPassportField('address', 'Белгород');
    await pa.flush();
    pa.destroy();

    const b = new Y.Doc();
    const pb = new DocPersistence(db, 'org:x', b);
    await pb.whenLoaded;
    const doc = new OrgDoc(b);
    expect(doc.member('m1')?.surname).toBe('Иванова');
    expect(doc.passport().address).toBe('Белгород');
  });

  it('keeps documents apart by name', async () => {
    const db = freshDb();
    const a = new Y.Doc();
    const pa = new DocPersistence(db, 'org:a', a);
    await pa.whenLoaded;
    new OrgDoc(a).addMember('m1', { surname: 'Петров' });
    await pa.flush();
    const b = new Y.Doc();
    await new DocPersistence(db, 'org:b', b).whenLoaded;
    expect(new OrgDoc(b).memberCount).toBe(0);
  });

  it('compacts the log into one row without losing rows of another writer', async () => {
    const db = freshDb();
    const a = new Y.Doc();
    const pa = new DocPersistence(db, 'org:c', a, { compactAfter: 5 });
    await pa.whenLoaded;
    const other = new Y.Doc();
    const po = new DocPersistence(db, 'org:c', other, { compactAfter: 1000 });
    await po.whenLoaded;
    new OrgDoc(other).addMember('from-other', { surname: 'Другой' });
    await po.flush();
    const doc = new OrgDoc(a);
    for (let i = 0; i < 12; i++) doc.addMember(`m${i}`, { surname: `Фамилия${i}` });
    await pa.flush();
    expect(await pa.rowCount()).toBeLessThan(8);

    const c = new Y.Doc();
    await new DocPersistence(db, 'org:c', c).whenLoaded;
    const restored = new OrgDoc(c);
    expect(restored.memberCount).toBe(13);
    expect(restored.member('from-other')?.surname).toBe('Другой');
  });
});
