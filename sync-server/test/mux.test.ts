// /mux: subscribe by step 1, updates relayed to other subscribers, MSG_ACK after
// durable storage, awareness relayed and removed when a socket closes or unsubscribes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgDoc } from '@profgrid/core';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

function storedRows(doc: string): number {
  const db = openSqlite(relay.dataDir);
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

describe('/mux', () => {
  it('relays an update to a second client and acks the writer after storing it', async () => {
    const name = 'org:school-010';
    const a = await MuxClient.connect(relay.muxUrl);
    const b = await MuxClient.connect(relay.muxUrl);
    const docA = new OrgDoc(a.subscribe(name));
    const docB = new OrgDoc(b.subscribe(name));
    await a.until(() => a.synced.has(name) && a.ackCount(name) === 1); // ack of our step 2
    await b.until(() => b.synced.has(name));
    const before = storedRows(name);
    docA.addMember('m1', { surname: 'Петрова', name: 'Ольга', category: 'working' });
    await a.until(() => a.ackCount(name) === 2);
    expect(storedRows(name)).toBe(before + 1); // durable when acked
    await b.until(() => docB.hasMember('m1'));
    expect(docB.member('m1')?.name).toBe('Ольга');
    a.close();
    b.close();
  });

  it('acks a duplicate update without storing it again', async () => {
    const name = 'org:school-011';
    const a = await MuxClient.connect(relay.muxUrl);
    const doc = new OrgDoc(a.subscribe(name));
    await a.until(() => a.ackCount(name) === 1);
    doc.addMember('m1', { surname: 'Орлова' });
    await a.until(() => a.ackCount(name) === 2);
    const rows = storedRows(name);
    // re-send the whole state as a step 2, as a reconnecting client does
    const b = await MuxClient.connect(relay.muxUrl);
    b.subscribe(name, doc.ydoc);
    await b.until(() => b.ackCount(name) === 1);
    expect(storedRows(name)).toBe(rows);
    a.close();
    b.close();
  });

  it('relays awareness and removes a client’s awareness when its socket closes or unsubscribes', async () => {
    const name = 'org:school-012';
    const a = await MuxClient.connect(relay.muxUrl);
    const b = await MuxClient.connect(relay.muxUrl);
    a.subscribe(name);
    b.subscribe(name);
    await a.until(() => a.synced.has(name));
    await b.until(() => b.synced.has(name));
    const idA = a.awareness.get(name)!.clientID;
    const seenByB = () => b.awareness.get(name)!.getStates().has(idA);
    a.setAwareness(name, { user: 'A', cell: 'B2' });
    await b.until(seenByB);
    expect(b.awareness.get(name)!.getStates().get(idA)).toEqual({ user: 'A', cell: 'B2' });
    a.close();
    await b.until(() => !seenByB());

    const c = await MuxClient.connect(relay.muxUrl);
    c.subscribe(name);
    await c.until(() => c.synced.has(name));
    const idC = c.awareness.get(name)!.clientID;
    c.setAwareness(name, { user: 'C' });
    await b.until(() => b.awareness.get(name)!.getStates().has(idC));
    c.unsubscribe(name);
    await b.until(() => !b.awareness.get(name)!.getStates().has(idC));
    b.close();
    c.close();
  });

  it('denies a document that is not an existing organization, and keeps the socket', async () => {
    const a = await MuxClient.connect(relay.muxUrl);
    a.subscribe('org:missing-org');
    a.subscribe('central-without-prefix');
    await a.until(() => a.denied.length === 2);
    expect(a.denied.map((d) => d.code)).toEqual(['not-found', 'not-found']);
    a.subscribe('org:school-013');
    await a.until(() => a.synced.has('org:school-013'));
    a.close();
  });
});
