// The relay without a network: a SocketLike that records frames drives connectMux.
// Checks the read-only rule (refused, not applied, not stored) and ack-after-store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  MSG_ACK,
  MSG_DENIED,
  MSG_SYNC,
  decodeDenied,
  decodeMuxFrame,
  encodeMuxFrame,
} from '@profgrid/core';
import type { OrgRecord } from '@profgrid/core';
import { silentLogger } from '../log.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import type { AccessHooks } from './hooks.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { createRelay } from './relay.ts';
import type { SocketLike } from './socket-like.ts';

const ORG: OrgRecord = {
  code: 'school-001',
  archived: false,
  id: 'school-001',
  parentId: null,
  name: 'Школа № 1',
  shortName: 'Школа № 1',
  level: 'primary',
  institutionType: 'school',
};
const DOC = 'org:school-001';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

class RecordingSocket implements SocketLike {
  readonly frames: { type: number; message: Uint8Array }[] = [];
  closedWith: number | null = null;
  #waiters: (() => void)[] = [];
  send(data: Uint8Array): void {
    const f = decodeMuxFrame(data);
    if (f.ok) this.frames.push({ type: f.frame.messageType, message: f.frame.message });
    this.#waiters.splice(0).forEach((w) => w());
  }
  close(code: number): void {
    this.closedWith = code;
  }
  async until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }
}

function setup(access: 'read' | 'write') {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-unit-'));
  const db = openSqlite(dir);
  const store = new SqliteDocStore(db);
  const hooks: AccessHooks = { authenticate: () => ({ id: 'p' }), authorize: () => access };
  const registry = {
    list: () => [ORG],
    get: (id: string) => (id === ORG.id ? ORG : undefined),
    ancestorsOf: () => [],
    roots: () => [ORG],
  };
  const relay = createRelay({
    store,
    registry,
    hooks,
    limits: DEFAULT_LIMITS,
    logger: silentLogger,
  });
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n;
  return { relay, rows, close: () => relay.close() };
}

function sync(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encodeMuxFrame(DOC, encoding.toUint8Array(e));
}

function anUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('passport').set('fullName', 'Школа № 1');
  return Y.encodeStateAsUpdate(doc);
}

describe('connectMux over a SocketLike', () => {
  it("a read-only principal's update is refused with MSG_DENIED read-only: not applied, not stored, not acked", async () => {
    const { relay, rows, close } = setup('read');
    const socket = new RecordingSocket();
    const conn = relay.connectMux(socket, { id: 'viewer' });
    conn.message(sync(0, new Uint8Array([0])), true);
    await socket.until(() => socket.frames.length >= 2); // step 2 + step 1
    conn.message(sync(2, anUpdate()), true);
    await socket.until(() => socket.frames.some((f) => f.type === MSG_DENIED));
    const denied = socket.frames.find((f) => f.type === MSG_DENIED)!;
    expect(decodeDenied(denied.message)?.code).toBe('read-only');
    expect(socket.frames.some((f) => f.type === MSG_ACK)).toBe(false);
    expect(rows()).toBe(0);
    const [room] = relay.rooms.loadedNames();
    expect(room).toBe(DOC);
    conn.closed();
    await close();
    expect(socket.closedWith).toBeNull();
  });

  it('a writer gets its ack only after the update is in the store', async () => {
    const { relay, rows, close } = setup('write');
    const socket = new RecordingSocket();
    const conn = relay.connectMux(socket, { id: 'editor' });
    conn.message(sync(0, new Uint8Array([0])), true);
    conn.message(sync(2, anUpdate()), true);
    await socket.until(() => socket.frames.some((f) => f.type === MSG_ACK));
    expect(rows()).toBe(1);
    conn.closed();
    await close();
  });
});
