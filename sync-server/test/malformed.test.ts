// Bad input closes only the offending socket (1003 / 1007 / 1009 with a reason); the
// process and the other clients go on syncing.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgDoc, encodeMuxFrame } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { closedWith, openSocket, removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ limits: { maxMessageBytes: 64 * 1024 } });
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const DOC = 'org:school-030';

function syncUpdate(payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

const GARBAGE_UPDATE = syncUpdate(new Uint8Array([5, 200, 1, 2, 3, 255, 255, 255, 255, 7]));

const CASES: { name: string; path: string; data: string | Uint8Array; code: number }[] = [
  { name: 'a text frame on /mux', path: '/mux', data: 'hello', code: 1003 },
  {
    name: 'a truncated varint (document name length)',
    path: '/mux',
    data: new Uint8Array([0xff]),
    code: 1003,
  },
  {
    name: 'an unknown message type',
    path: '/mux',
    data: encodeMuxFrame(DOC, new Uint8Array([77])),
    code: 1003,
  },
  {
    name: 'a truncated sync payload',
    path: '/mux',
    data: encodeMuxFrame(DOC, new Uint8Array([0, 2, 50, 1])),
    code: 1007,
  },
  {
    name: 'an update Yjs cannot apply',
    path: '/mux',
    data: encodeMuxFrame(DOC, GARBAGE_UPDATE),
    code: 1007,
  },
  {
    name: 'an update Yjs cannot apply on /sync',
    path: `/sync/${DOC}`,
    data: GARBAGE_UPDATE,
    code: 1007,
  },
  { name: 'a text frame on /sync', path: `/sync/${DOC}`, data: 'hi', code: 1003 },
  {
    name: 'a message over the size limit',
    path: '/mux',
    data: new Uint8Array(65 * 1024),
    code: 1009,
  },
];

describe('malformed input', () => {
  it.each(CASES)(
    '$name closes that socket with $code while another client keeps syncing',
    async ({ path, data, code }) => {
      const writer = await MuxClient.connect(relay.muxUrl);
      const reader = await MuxClient.connect(relay.muxUrl);
      const w = new OrgDoc(writer.subscribe(DOC));
      const r = new OrgDoc(reader.subscribe(DOC));
      await reader.until(() => reader.synced.has(DOC));

      const bad = await openSocket(`ws://127.0.0.1:${relay.port}${path}`);
      const closed = closedWith(bad);
      bad.send(data);
      const result = await closed;
      expect(result.code).toBe(code);
      expect(result.reason.length).toBeGreaterThan(0);

      const id = `m-${code}-${Math.random().toString(36).slice(2)}`;
      w.addMember(id, { surname: 'Белова' });
      await reader.until(() => r.hasMember(id));
      writer.close();
      reader.close();
    },
  );
});
