// The provider against a fake relay: handshake, live updates, ack counting across an
// offline period, and the online/offline events.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { MuxProvider } from './mux-provider.ts';
import { FakeRelay, FakeSocket } from './fake-relay.test-helper.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(stored = new Map<string, number>(), suspects: string[] = []) {
  const relay = new FakeRelay();
  const events = new EventTarget();
  let online = true;
  let last: FakeSocket | null = null;
  const provider = new MuxProvider({
    url: 'ws://test/mux',
    createSocket: () => (last = relay.connect()) as unknown as WebSocket,
    events,
    isOnline: () => online,
    store: {
      load: async (d) => stored.get(d) ?? 0,
      save: async (d, n) => void stored.set(d, n),
    },
    foreignOrigins: new Set(),
    random: () => 0,
    onAuthSuspect: (reason) => suspects.push(reason),
  });
  const goOffline = () => {
    online = false;
    events.dispatchEvent(new Event('offline'));
  };
  const goOnline = () => {
    online = true;
    events.dispatchEvent(new Event('online'));
  };
  return { relay, provider, stored, goOffline, goOnline, socket: () => last! };
}

describe('MuxProvider', () => {
  it('syncs both ways and counts changes until acked', async () => {
    const { relay, provider, socket } = setup();
    new OrgDoc(relay.doc('org:a')).addMember('m0', { surname: 'Серверная' });
    const ydoc = new Y.Doc();
    provider.start();
    const channel = provider.subscribe('org:a', ydoc);
    await tick();
    socket().open();
    expect(provider.state).toBe('online');
    expect(new OrgDoc(ydoc).member('m0')?.surname).toBe('Серверная');
    relay.holdAcks = true;
    new OrgDoc(ydoc).addMember('m1', { surname: 'Клиентская' });
    expect(channel.pending).toBe(1);
    relay.releaseAcks();
    expect(channel.pending).toBe(0);
    expect(new OrgDoc(relay.doc('org:a')).member('m1')?.surname).toBe('Клиентская');
  });

  it('keeps offline changes pending until the step 2 after reconnect is acked', async () => {
    const { relay, provider, socket, goOffline, goOnline, stored } = setup();
    const ydoc = new Y.Doc();
    provider.start();
    provider.subscribe('org:b', ydoc);
    await tick();
    socket().open();
    goOffline();
    expect(provider.state).toBe('offline');
    const doc = new OrgDoc(ydoc);
    doc.addMember('x', { surname: 'Офлайн' });
    doc.setMemberField('x', 'name', 'Ольга');
    expect(provider.status().pending.get('org:b')).toBe(2);
    expect(stored.get('org:b')).toBe(2);
    goOnline();
    expect(provider.state).toBe('connecting');
    socket().open();
    expect(provider.status().pending.get('org:b')).toBe(0);
    expect(new OrgDoc(relay.doc('org:b')).member('x')?.name).toBe('Ольга');
  });

  it('subscribes a read-only document again after a reconnect', async () => {
    const { relay, provider, socket, goOffline, goOnline } = setup();
    relay.readOnly.add('org:v');
    const ydoc = new Y.Doc();
    provider.start();
    const channel = provider.subscribe('org:v', ydoc);
    await tick();
    socket().open();
    expect(channel.denied?.code).toBe('read-only');
    goOffline();
    new OrgDoc(relay.doc('org:v')).addMember('m', { surname: 'Позже' });
    goOnline();
    socket().open();
    expect(new OrgDoc(ydoc).member('m')?.surname).toBe('Позже');
    expect(channel.pending).toBe(0);
  });

  it('restores the pending count persisted by an earlier session', async () => {
    const { provider } = setup(new Map([['org:c', 4]]));
    provider.start();
    provider.subscribe('org:c', new Y.Doc());
    await tick();
    expect(provider.status().pending.get('org:c')).toBe(4);
  });

  it('reports a document the relay refuses', async () => {
    const { relay, provider, socket } = setup();
    relay.denied.add('org:nope');
    provider.start();
    const channel = provider.subscribe('org:nope', new Y.Doc());
    const codes: string[] = [];
    channel.whenDenied((d) => codes.push(d.code));
    await tick();
    socket().open();
    expect(codes).toEqual(['not-found']);
    expect(channel.denied?.code).toBe('not-found');
  });

  it('suspects the session on a 4401 close and on repeated failed upgrades', async () => {
    vi.useFakeTimers();
    try {
      const suspects: string[] = [];
      const { provider, socket } = setup(new Map(), suspects);
      provider.start();
      socket().open();
      socket().close(4401);
      expect(suspects).toEqual(['revoked']);
      for (let i = 0; i < 3; i++) {
        await vi.runOnlyPendingTimersAsync();
        socket().close(1006);
      }
      expect(suspects).toEqual(['revoked', 'failures']);
      provider.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
