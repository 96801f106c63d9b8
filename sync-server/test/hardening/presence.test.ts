// Presence belongs to the client that introduced it: a subscriber — a read-only viewer
// included — cannot set or erase another client's presence, on one relay (SQLite) or
// across two instances (PostgreSQL + Redis), while its own presence still goes through.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MSG_AWARENESS } from '@profgrid/core';
import { MuxClient } from '../mux-client.ts';
import type { TestRelay } from '../relay-harness.ts';
import { BACKENDS, backendLifecycle, relayOn } from './backends.ts';

backendLifecycle();

/** A raw awareness message claiming `clientId` with `state` (null = erase it). */
function forged(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MSG_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

describe.each(BACKENDS)('forged presence on %s', (backend) => {
  let one: TestRelay;
  let two: TestRelay;
  const clients: MuxClient[] = [];
  beforeAll(async () => {
    one = await relayOn(backend);
    // SQLite is one instance; on PostgreSQL + Redis the forger sits on a second one
    two = backend === 'sqlite' ? one : await relayOn(backend);
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await one?.server.close();
    if (two !== one) await two?.server.close();
  });

  const connect = async (relay: TestRelay, cookie: string, name: string) => {
    const client = await MuxClient.connect(relay.muxUrl, { cookie });
    clients.push(client);
    client.subscribe(name);
    await client.until(() => client.synced.has(name));
    return client;
  };

  it('a viewer cannot overwrite or erase an editor’s presence; its own is relayed', async () => {
    const name = 'org:school-021';
    const viewer = await two.userWith('presence-viewer', [{ orgId: 'central', role: 'viewer' }]);
    const a = await connect(one, one.cookie, name);
    const b = await connect(one, one.cookie, name);
    const v = await connect(two, viewer.cookie, name);
    const idA = a.awareness.get(name)!.clientID;
    const idV = v.awareness.get(name)!.clientID;
    a.setAwareness(name, { user: 'A', cell: 'B2' });
    await b.until(() => b.awareness.get(name)!.getStates().has(idA));
    await v.until(() => v.awareness.get(name)!.getStates().has(idA));
    const clockA = b.awareness.get(name)!.meta.get(idA)!.clock;

    v.send(name, forged(idA, clockA + 5, { user: 'Подделка', cell: 'Z99' }));
    v.send(name, forged(idA, clockA + 6, null));
    // a fresh id that nobody holds is the viewer's to introduce
    v.setAwareness(name, { user: 'V', cell: 'C3' });
    // the viewer's messages are handled in order: once its own presence arrived, the forged
    // ones before it were seen and dropped
    await b.until(() => b.awareness.get(name)!.getStates().has(idV));

    expect(b.awareness.get(name)!.getStates().get(idV)).toEqual({ user: 'V', cell: 'C3' });
    expect(b.awareness.get(name)!.getStates().get(idA)).toEqual({ user: 'A', cell: 'B2' });
    expect(a.awareness.get(name)!.getStates().has(idA)).toBe(true);
  });

  it('a client cannot take over the presence id of another, even after forging', async () => {
    const name = 'org:school-022';
    const a = await connect(one, one.cookie, name);
    const b = await connect(one, one.cookie, name);
    const c = await connect(two, two.cookie, name);
    const idA = a.awareness.get(name)!.clientID;
    const idC = c.awareness.get(name)!.clientID;
    a.setAwareness(name, { user: 'A' });
    await c.until(() => c.awareness.get(name)!.getStates().has(idA));
    // an echo like a stock y-websocket provider sends: A's entry is dropped, C's own applies
    c.send(name, forged(idA, 1000, { user: 'C as A' }));
    c.setAwareness(name, { user: 'C' });
    await b.until(() => b.awareness.get(name)!.getStates().has(idC));
    expect(b.awareness.get(name)!.getStates().get(idA)).toEqual({ user: 'A' });
    // A updates its own presence as before
    a.setAwareness(name, { user: 'A', cell: 'D4' });
    await b.until(() => b.awareness.get(name)!.getStates().get(idA)?.['cell'] === 'D4');
  });
});
