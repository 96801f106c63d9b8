// DocRooms when a room leaves the map while other work still refers to it: a failed
// append evicts the room, and neither the evicted room's later failures nor its idle
// timer may touch the room loaded after it. And receive(), the write path of every
// connection: the one place that fires the stored-update event. The store is a real
// SQLite store with two faults to inject: appends that fail, and a load held until released.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as nextTimers } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import type { DocStore, StoredDoc } from '../store/doc-store.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore, type SqliteDocStoreOptions } from '../store/sqlite-doc-store.ts';
import type { DataResult, DocRoom, Subscriber } from './doc-room.ts';
import { DocRooms } from './doc-rooms.ts';
import type { DocStored } from './hooks.ts';

const DOC = 'org:school-001';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

class FaultyStore implements DocStore {
  readonly #inner: DocStore;
  failAppends = false;
  /** While set, load() waits for it. */
  held: Promise<void> | null = null;

  constructor(inner: DocStore) {
    this.#inner = inner;
  }

  async load(name: string): Promise<StoredDoc> {
    await this.held;
    return this.#inner.load(name);
  }

  async append(name: string, update: Uint8Array, written?: () => void): Promise<number> {
    if (this.failAppends) throw new Error('injected append failure');
    return this.#inner.append(name, update, written);
  }

  compact(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    return this.#inner.compact(name, snapshot, upToSeq);
  }

  names(): Promise<string[]> {
    return this.#inner.names();
  }

  close(): Promise<void> {
    return this.#inner.close();
  }
}

/** A subscriber that, like a connection, leaves its room when its socket is closed. */
class Sub implements Subscriber {
  closedWith: number | null = null;
  room: DocRoom | null = null;
  readonly #rooms: DocRooms;

  constructor(rooms: DocRooms) {
    this.#rooms = rooms;
  }

  async join(): Promise<DocRoom> {
    return (this.room = await this.#rooms.join(DOC, this));
  }

  /** The updates (y-websocket sync messages) it was sent. */
  readonly received: Uint8Array[] = [];

  send(message: Uint8Array): void {
    this.received.push(message);
  }

  close(code: number): void {
    this.closedWith = code;
    if (this.room) this.#rooms.leave(this.room, this);
    this.room = null;
  }
}

function setup(
  docIdleMs = 60_000,
  onStored?: (change: DocStored) => void,
  options?: SqliteDocStoreOptions,
): { rooms: DocRooms; store: FaultyStore; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-unit-'));
  const db = openSqlite(dir);
  const store = new FaultyStore(new SqliteDocStore(db, options));
  const rooms = new DocRooms({
    store,
    logger: silentLogger,
    compactAfterUpdates: 1000,
    docIdleMs,
    onStored,
  });
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { rooms, store, dir };
}

function update(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('k').set(key, 1);
  return Y.encodeStateAsUpdate(doc);
}

/** Sends one update that the store refuses: the room is poisoned and evicted. */
async function failedAppend(rooms: DocRooms, store: FaultyStore, sub: Sub) {
  const room = await sub.join();
  store.failAppends = true;
  expect(await room.receiveUpdate(sub, update('lost'))).toBe('store-failed');
  rooms.afterData(room);
  store.failAppends = false;
  return room;
}

describe('DocRooms: a room that left the map', () => {
  it('a later failure of the evicted room leaves the room loaded after it alone', async () => {
    const { rooms, store } = setup();
    const first = new Sub(rooms);
    const evicted = await failedAppend(rooms, store, first);
    expect(first.closedWith).toBe(1011);
    const second = new Sub(rooms);
    const fresh = await second.join();
    expect(fresh).not.toBe(evicted);
    // A queued append of the evicted room fails after the reload.
    rooms.afterData(evicted);
    expect(second.closedWith).toBeNull();
    expect(await rooms.loaded(DOC)).toBe(fresh);
    expect(await fresh.receiveUpdate(second, update('kept'))).toBe('stored');
  });

  it("the evicted room's idle timer does not unload the room being loaded after it", async () => {
    const { rooms, store } = setup(0);
    await failedAppend(rooms, store, new Sub(rooms)); // its subscriber left: idle timer set
    let release = () => {};
    store.held = new Promise<void>((resolve) => (release = resolve));
    const joining = new Sub(rooms).join();
    await nextTimers(1); // timers run in order: the 0 ms idle timer has fired
    store.held = null;
    release();
    const fresh = await joining;
    expect(await rooms.loaded(DOC)).toBe(fresh);
    expect(fresh.unloaded).toBe(false);
    expect(fresh.subscriberCount).toBe(1);
  });

  it('a join that was waiting when the room began to unload joins the next load', async () => {
    const { rooms } = setup();
    const first = await new Sub(rooms).join();
    const joining = new Sub(rooms).join(); // waits on the loaded room's promise
    const unloading = rooms.unload(DOC);
    const joined = await joining;
    await unloading;
    expect(joined).not.toBe(first);
    expect(first.unloaded).toBe(true);
    expect(joined.unloaded).toBe(false);
    expect(await rooms.loaded(DOC)).toBe(joined);
  });
});

describe('DocRooms.receive: the one stored-update event', () => {
  const by = { id: 'user-1' };

  it('fires once per stored update, with its author and the document after it, before the answer', async () => {
    const events: string[] = [];
    const { rooms } = setup(60_000, ({ docName, doc, by }) =>
      events.push(`stored ${docName} by ${by?.id} ${JSON.stringify(doc.getMap('k').toJSON())}`),
    );
    const answer = (result: DataResult) => events.push(result);
    const sub = new Sub(rooms);
    const room = await sub.join();
    const a = update('a');
    await rooms.receive(room, sub, by, a, answer);
    await rooms.receive(room, sub, by, a, answer); // the same update again changes nothing
    await rooms.receive(room, sub, by, new Uint8Array([1, 2, 3]), answer);
    expect(events).toEqual([
      `stored ${DOC} by user-1 {"a":1}`,
      'stored',
      'unchanged',
      'bad-update',
    ]);
  });

  it('a failed append fires nothing, is answered, and only then evicts the room', async () => {
    const events: string[] = [];
    const { rooms, store } = setup(60_000, () => events.push('stored'));
    const sub = new Sub(rooms);
    const room = await sub.join();
    store.failAppends = true;
    await rooms.receive(room, sub, by, update('lost'), (result) =>
      events.push(`${result}, socket ${sub.closedWith ?? 'open'}`),
    );
    expect(events).toEqual(['store-failed, socket open']);
    expect(sub.closedWith).toBe(1011);
    expect(room.retired).toBe(true);
  });

  it('names the roots the stored update changed, a nested change by its root', async () => {
    const roots: string[][] = [];
    const { rooms } = setup(60_000, (stored) =>
      roots.push([...(stored.change?.roots ?? ['?'])].sort()),
    );
    const sub = new Sub(rooms);
    const room = await sub.join();
    const client = new Y.Doc();
    const sent: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => sent.push(u));
    const member = new Y.Map<string>();
    client.getMap<Y.Map<string>>('members').set('m1', member); // a new member: its root
    member.set('phone', '1'); // a field of it, made before: the members root
    client.getArray('history').push(['entry']);
    client.transact(() => {
      client.getMap('passport').set('name', 'x');
      client.getMap('load').set('c', 1);
    });
    client.getMap<Y.Map<string>>('members').delete('m1'); // a removal counts too
    for (const u of sent) await rooms.receive(room, sub, by, u, () => {});
    expect(roots).toEqual([
      ['members'],
      ['members'],
      ['history'],
      ['load', 'passport'],
      ['members'],
    ]);
  });
});

describe('DocRoom.receiveUpdate: peers once written, the ack after the fsync', () => {
  const by = { id: 'user-1' };

  /** A sender and a peer in one room; the store's WAL fsyncs wait for `sync()`. */
  async function heldRoom(onStored?: (change: DocStored) => void) {
    const held: ((err: Error | null) => void)[] = [];
    let fsyncAsked: () => void = () => {};
    const asked = new Promise<void>((resolve) => (fsyncAsked = resolve));
    const { rooms, store, dir } = setup(60_000, onStored, {
      syncFile: (_fd, done) => {
        held.push(done);
        fsyncAsked();
      },
    });
    const sender = new Sub(rooms);
    const peer = new Sub(rooms);
    const room = await sender.join();
    await peer.join();
    const sync = () => held.splice(0).forEach((done) => done(null));
    // what another connection (a relay started after a kill -9) reads at that moment
    const reader = openSqlite(dir);
    cleanups.push(() => reader.close());
    const rowsNow = reader.prepare('SELECT COUNT(*) AS n FROM doc_updates');
    const storedRows = () => (rowsNow.get() as { n: number }).n;
    return { rooms, store, sender, peer, room, asked, sync, storedRows };
  }

  it('sends the update to the peer once its commit is written, and acks it after the fsync', async () => {
    const events: string[] = [];
    const { rooms, peer, sender, room, asked, sync, storedRows } = await heldRoom(() =>
      events.push('stored event'),
    );
    const rowsWhenSent: number[] = [];
    peer.send = (message) => {
      rowsWhenSent.push(storedRows());
      peer.received.push(message);
    };
    const answered = rooms.receive(room, sender, by, update('a'), (r) => events.push(r));
    await asked; // committed, its fsync under way
    expect(rowsWhenSent).toEqual([1]); // written when sent: a killed process keeps it
    expect(sender.received).toHaveLength(0); // never echoed to its sender
    expect(events).toEqual([]); // no ack, no stored event before the fsync
    sync();
    await answered;
    expect(events).toEqual(['stored event', 'stored']);
  });

  it('a failed commit reaches no peer and is never acked, and the room takes nothing more', async () => {
    const answers: DataResult[] = [];
    const { rooms, store, peer, sender, room } = await heldRoom();
    store.failAppends = true;
    const lost = update('lost');
    const first = rooms.receive(room, sender, by, lost, (r) => answers.push(r));
    // queued behind the failing one: the same update re-sent, and a new one
    const again = rooms.receive(room, sender, by, lost, (r) => answers.push(r));
    const next = rooms.receive(room, sender, by, update('next'), (r) => answers.push(r));
    await Promise.all([first, again, next]);
    // not 'unchanged' (acked) for the re-sent one: memory held it, storage did not
    expect(answers).toEqual(['store-failed', 'store-failed', 'store-failed']);
    expect(peer.received).toHaveLength(0);
    expect(sender.closedWith).toBe(1011);
    expect(peer.closedWith).toBe(1011); // it reconnects and syncs what it holds
    store.failAppends = false;
    expect((await store.load(DOC)).updates).toHaveLength(0);
  });
});
