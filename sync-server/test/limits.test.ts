// RelayLimits (core/PROTOCOL.md → Limits): each limit closes only the offending socket
// with its own code and a reason; another client keeps syncing. Message size is in
// malformed.test.ts; the generated corpus in hostile-corpus.test.ts.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgDoc, encodeMuxFrame } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { closedWith, openSocket, removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { MISSING_DEPS_REASON } from '../src/relay/socket-like.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({
    limits: { maxDocsPerSocket: 2, maxMessagesPerSecond: 20, messageBurst: 40 },
  });
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const HEALTHY = 'org:school-020';

/** A healthy writer/reader pair; check() proves an edit still goes through. */
async function healthyPair() {
  const writer = await MuxClient.connect(relay.muxUrl);
  const reader = await MuxClient.connect(relay.muxUrl);
  const w = new OrgDoc(writer.subscribe(HEALTHY));
  const r = new OrgDoc(reader.subscribe(HEALTHY));
  await reader.until(() => reader.synced.has(HEALTHY));
  return {
    async check() {
      const id = `ok-${Math.random().toString(36).slice(2)}`;
      w.addMember(id, { surname: 'Белова' });
      await reader.until(() => r.hasMember(id));
      writer.close();
      reader.close();
    },
  };
}

function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

describe('relay limits', () => {
  it('one document more than maxDocsPerSocket closes that socket with 4413', async () => {
    const healthy = await healthyPair();
    const a = await MuxClient.connect(relay.muxUrl);
    const closed = closedWith(a.ws);
    for (const id of ['school-001', 'school-002', 'school-003']) a.subscribe(`org:${id}`);
    expect(await closed).toEqual({ code: 4413, reason: 'more than 2 documents on one socket' });
    await healthy.check();
  });

  it('messages beyond the burst and the rate close that socket with 4429', async () => {
    const healthy = await healthyPair();
    const ws = await openSocket(relay.muxUrl);
    const closed = closedWith(ws);
    const query = encodeMuxFrame('org:school-005', new Uint8Array([3]));
    for (let i = 0; i < 100; i++) ws.send(query);
    expect(await closed).toEqual({ code: 4429, reason: 'more than 20 messages per second' });
    await healthy.check();
  });

  it('a socket under the rate keeps going past the burst', async () => {
    // 22 messages, five times the burst, one per ack round trip: far under 100,000/s. (At
    // 1,000/s a fast disk acked quicker than the bucket refilled and the socket was closed.)
    const slow = await startTestRelay({
      limits: { maxMessagesPerSecond: 100_000, messageBurst: 5 },
    });
    const a = await MuxClient.connect(slow.muxUrl);
    const doc = new OrgDoc(a.subscribe('org:school-006'));
    await a.until(() => a.synced.has('org:school-006'));
    for (let i = 0; i < 20; i++) {
      doc.addMember(`m${i}`, {});
      await a.until(() => a.ackCount('org:school-006') >= i + 2);
    }
    expect(a.ws.readyState).toBe(a.ws.OPEN);
    a.close();
    await slow.server.close();
    removeDir(slow.dataDir);
  });

  it.each(['mux', 'sync'] as const)(
    'an update depending on changes the relay lacks closes 1007 on /%s and stores nothing',
    async (endpoint) => {
      const DOC = endpoint === 'mux' ? 'org:school-007' : 'org:school-008';
      const healthy = await healthyPair();
      const before = await relay.server.store.load(DOC);
      const other = new Y.Doc();
      other.getMap('members').set('base', 'x');
      const sv = Y.encodeStateVector(other);
      other.getMap('members').set('top', 'y');
      const message = syncMessage(2, Y.encodeStateAsUpdate(other, sv));
      const ws = await openSocket(endpoint === 'mux' ? relay.muxUrl : `${relay.syncUrl}/${DOC}`);
      const closed = closedWith(ws);
      ws.send(endpoint === 'mux' ? encodeMuxFrame(DOC, message) : message);
      expect(await closed).toEqual({ code: 1007, reason: MISSING_DEPS_REASON });
      expect(await relay.server.store.load(DOC)).toEqual(before);
      await healthy.check();
    },
  );
});
