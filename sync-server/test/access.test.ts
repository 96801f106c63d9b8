// Access hooks: authenticate null rejects the upgrade; a 'read' principal receives
// documents but its data messages are refused — not applied, not stored, not relayed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { OrgDoc } from '@profgrid/core';
import type { AccessHooks } from '../src/relay/hooks.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';

/** ?as=viewer reads only, ?as=editor writes, no ?as is anonymous and rejected. */
const hooks: AccessHooks = {
  authenticate: (request) => {
    const as = new URL(request.url, 'http://x').searchParams.get('as');
    return as ? { id: as } : null;
  },
  authorize: (principal) => (principal.id === 'viewer' ? 'read' : 'write'),
};

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ hooks });
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

function storedRows(doc: string): number {
  const db = openSqlite(relay.dataDir);
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

describe('access hooks', () => {
  it('rejects the upgrade with 401 when authenticate returns null', async () => {
    const ws = new WebSocket(relay.muxUrl);
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(401);
  });

  it("refuses a read-only principal's update on /mux and still relays others' updates to it", async () => {
    const name = 'org:school-040';
    const editor = await MuxClient.connect(`${relay.muxUrl}?as=editor`);
    const viewer = await MuxClient.connect(`${relay.muxUrl}?as=viewer`);
    const e = new OrgDoc(editor.subscribe(name));
    const v = new OrgDoc(viewer.subscribe(name));
    await editor.until(() => editor.ackCount(name) === 1);
    await viewer.until(() => viewer.synced.has(name));
    const rows = storedRows(name);

    v.addMember('from-viewer', { surname: 'Чернова' });
    await viewer.until(() => viewer.denied.some((d) => d.code === 'read-only'));
    e.addMember('from-editor', { surname: 'Белова' });
    await viewer.until(() => v.hasMember('from-editor'));
    await editor.until(() => editor.ackCount(name) === 2);

    expect(e.hasMember('from-viewer')).toBe(false);
    expect(storedRows(name)).toBe(rows + 1); // only the editor's update
    expect(viewer.ackCount(name)).toBe(0);
    expect(relay.server.relay.rooms.loadedNames()).toContain(name);
    editor.close();
    viewer.close();
  });
});
