// /sync/:docName speaks stock y-websocket: an unmodified WebsocketProvider syncs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import {
  closedWith,
  openSocket,
  removeDir,
  startTestRelay,
  stockProvider,
} from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { synced, until as nextUpdate } from './doc-waits.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

function provider(doc: Y.Doc, room = 'org:school-004'): WebsocketProvider {
  return stockProvider(relay.syncUrl, room, doc, relay.cookie);
}

describe('/sync with the stock y-websocket WebsocketProvider', () => {
  it('two providers on one document converge and an edit reaches the other', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    new OrgDoc(a).setPassportField('fullName', 'Школа № 4');
    const pa = provider(a);
    const pb = provider(b);
    await Promise.all([synced(pa), synced(pb)]);
    await nextUpdate(b, () => new OrgDoc(b).passport().fullName === 'Школа № 4');
    new OrgDoc(b).addMember('m1', { surname: 'Иванова', name: 'Анна', category: 'working' });
    await nextUpdate(a, () => new OrgDoc(a).hasMember('m1'));
    expect(new OrgDoc(a).member('m1')?.surname).toBe('Иванова');
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    pa.destroy();
    pb.destroy();
  });

  it('awareness of one provider reaches the other', async () => {
    const pa = provider(new Y.Doc(), 'org:school-005');
    const pb = provider(new Y.Doc(), 'org:school-005');
    await Promise.all([synced(pa), synced(pb)]);
    const seen = new Promise<void>((resolve) => {
      const h = () => {
        if (Array.from(pb.awareness.getStates().values()).some((s) => s['user'] === 'A')) {
          pb.awareness.off('change', h);
          resolve();
        }
      };
      pb.awareness.on('change', h);
    });
    pa.awareness.setLocalStateField('user', 'A');
    await seen;
    pa.destroy();
    pb.destroy();
  });

  it('closes with 4404 for a document that is not org:<existing id>', async () => {
    for (const name of ['org:no-such-org', 'room1', 'org:']) {
      const ws = await openSocket(`${relay.syncUrl}/${name}`);
      expect((await closedWith(ws)).code).toBe(4404);
    }
  });
});
