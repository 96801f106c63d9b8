// The memory budget of loaded documents, through DocRooms over a real SQLite store: a
// burst of opens (each document joined, read, left — what a report over a region does)
// keeps the loaded set under the budget, least recently used leaving first; a document in
// use never leaves; one that left is reloaded whole, with the edit made just before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import { HEAP_PER_ENCODED_BYTE } from './doc-budget.ts';
import type { Subscriber } from './doc-room.ts';
import { DocRooms } from './doc-rooms.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const sub = (): Subscriber => ({ send() {}, close() {} });
const name = (i: number) => `org:doc-${String(i).padStart(3, '0')}`;

/** A store with `count` documents of about 20 KiB encoded each. */
async function setup(count: number, docMemoryBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-unit-'));
  const db = openSqlite(dir);
  const store = new SqliteDocStore(db);
  let encoded = 0;
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    const rows = doc.getMap('rows');
    for (let r = 0; r < 200; r++) rows.set(`m${r}`, `член ${i}-${r} ${'x'.repeat(60)}`);
    const update = Y.encodeStateAsUpdate(doc);
    encoded = update.byteLength;
    await store.append(name(i), update);
  }
  const rooms = new DocRooms({
    store,
    logger: silentLogger,
    compactAfterUpdates: 1000,
    docIdleMs: 60_000,
    docMemoryBytes,
  });
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { rooms, heapPerDoc: encoded * HEAP_PER_ENCODED_BYTE };
}

describe('DocRooms under a memory budget', () => {
  it('a burst of opens keeps the loaded documents under the budget, least recently used leaving first', async () => {
    const probe = await setup(1, Number.POSITIVE_INFINITY);
    const { heapPerDoc } = probe;
    const budget = Math.floor(heapPerDoc * 8.5);
    const { rooms } = await setup(60, budget);
    let most = 0;
    for (let i = 0; i < 60; i++) {
      const s = sub();
      const room = await rooms.join(name(i), s);
      expect(room.doc.getMap('rows').size).toBe(200);
      rooms.leave(room, s);
      most = Math.max(most, rooms.loadedNames().length);
      expect(rooms.memory().bytes).toBeLessThanOrEqual(budget);
    }
    expect(most).toBeLessThanOrEqual(8);
    // the last eight opened are the ones kept
    expect(rooms.loadedNames().sort()).toEqual(
      Array.from({ length: 8 }, (_, k) => name(52 + k)).sort(),
    );
    // without a budget the same burst holds all sixty until their idle timers end
    const unbounded = (await setup(60, Number.POSITIVE_INFINITY)).rooms;
    for (let i = 0; i < 60; i++) {
      const s = sub();
      unbounded.leave(await unbounded.join(name(i), s), s);
    }
    expect(unbounded.loadedNames()).toHaveLength(60);
    await Promise.all([rooms.unloadAll(), unbounded.unloadAll()]);
  });

  it('a document in use never leaves; one used again moves to the back of the line', async () => {
    const probe = await setup(1, Number.POSITIVE_INFINITY);
    const { rooms } = await setup(12, Math.floor(probe.heapPerDoc * 3.5));
    const keeper = sub();
    const held = await rooms.join(name(0), keeper); // stays subscribed throughout
    const first = sub();
    rooms.leave(await rooms.join(name(1), first), first);
    for (let i = 2; i < 12; i++) {
      const s = sub();
      rooms.leave(await rooms.join(name(i), s), s);
      // name(1) is used again each time: it stays the most recently used idle document
      const again = sub();
      rooms.leave(await rooms.join(name(1), again), again);
    }
    const loaded = rooms.loadedNames();
    expect(loaded).toContain(name(0));
    expect(loaded).toContain(name(1));
    expect(await rooms.loaded(name(0))).toBe(held);
    rooms.leave(held, keeper);
    await rooms.unloadAll();
  });

  it('a document unloaded for the budget comes back with the edit made before it left', async () => {
    const probe = await setup(1, Number.POSITIVE_INFINITY);
    const { rooms } = await setup(6, Math.floor(probe.heapPerDoc * 2.5));
    const editor = sub();
    const room = await rooms.join(name(0), editor);
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(room.doc));
    const before = Y.encodeStateVector(edit);
    edit.getMap('rows').set('m0', 'исправлено');
    let answered = '';
    await rooms.receive(room, editor, { id: 'u1' }, Y.encodeStateAsUpdate(edit, before), (r) => {
      answered = r;
    });
    expect(answered).toBe('stored');
    rooms.leave(room, editor);
    for (let i = 1; i < 6; i++) {
      const s = sub();
      rooms.leave(await rooms.join(name(i), s), s);
    }
    expect(rooms.loadedNames()).not.toContain(name(0));
    const reader = sub();
    const back = await rooms.join(name(0), reader);
    expect(back).not.toBe(room);
    expect(back.doc.getMap('rows').get('m0')).toBe('исправлено');
    expect(back.doc.getMap('rows').size).toBe(200);
    rooms.leave(back, reader);
    await rooms.unloadAll();
  });
});
