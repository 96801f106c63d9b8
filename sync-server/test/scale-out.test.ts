// Several relay instances on one PostgreSQL and one Redis (real servers on loopback) behave
// as one service: clients on different instances converge, awareness crosses instances,
// and after a Redis outage clients converge through the database with nothing lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { removeDir, startTestRelay, stockProvider, tempDataDir } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { MuxClient } from './mux-client.ts';
import { freePort, startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';
import { PgDocStore } from '../src/store/pg-doc-store.ts';
import { synced, until } from './doc-waits.ts';

let pg: RealServer;
let redis: RealServer;
const dirs: string[] = [];
/** Each instance its own DATA_DIR: they share only PostgreSQL and Redis (several hosts). */
const ownDir = () => dirs[dirs.push(tempDataDir()) - 1]!;
let one: TestRelay;
let two: TestRelay;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const shared = { databaseUrl: pg.url, redisUrl: redis.url, resyncMs: 200 };
  one = await startTestRelay({ ...shared, dataDir: ownDir() });
  two = await startTestRelay({ ...shared, dataDir: ownDir() });
}, 60_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  await one?.server.close();
  await two?.server.close();
  await Promise.all([pg?.destroy(), redis?.destroy()]);
  dirs.forEach(removeDir);
}, 60_000);

function connect(relay: TestRelay, doc: Y.Doc, room: string, cookie = relay.cookie) {
  const p = stockProvider(relay.syncUrl, room, doc, cookie);
  providers.push(p);
  return p;
}

async function storedDoc(name: string): Promise<Y.Doc> {
  const store = await PgDocStore.open(pg.url);
  const loaded = await store.load(name);
  await store.close();
  const doc = new Y.Doc();
  for (const u of loaded.snapshot ? [loaded.snapshot, ...loaded.updates] : loaded.updates) {
    Y.applyUpdate(doc, u);
  }
  return doc;
}

describe('two instances + PostgreSQL + Redis', () => {
  it('an edit on one instance reaches a client of the other, and both store one history', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(one, a, 'org:central');
    const pb = connect(two, b, 'org:central', one.cookie); // a session made on one serves two
    await Promise.all([synced(pa), synced(pb)]);
    a.getMap('t').set('from-one', 1);
    await until(b, () => b.getMap('t').get('from-one') === 1);
    b.getMap('t').set('from-two', 2);
    await until(a, () => a.getMap('t').get('from-two') === 2);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    const store = await PgDocStore.open(pg.url);
    const stored = new Y.Doc();
    const loaded = await store.load('org:central');
    for (const u of loaded.snapshot ? [loaded.snapshot, ...loaded.updates] : loaded.updates) {
      Y.applyUpdate(stored, u);
    }
    await store.close();
    expect(stored.getMap('t').toJSON()).toEqual({ 'from-one': 1, 'from-two': 2 });
    expect((await storedDoc('org:central')).getMap('t').size).toBe(2);
  });

  it('awareness of a client on one instance reaches a client of the other', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(one, a, 'org:school-004');
    const pb = connect(two, b, 'org:school-004');
    await Promise.all([synced(pa), synced(pb)]);
    const seen = new Promise<void>((resolve) => {
      const check = () => {
        if (pb.awareness.getStates().get(a.clientID)?.['user'] === 'editor-one') resolve();
      };
      pb.awareness.on('change', check);
      check();
    });
    pa.awareness.setLocalStateField('user', 'editor-one');
    await seen;
    const gone = new Promise<void>((resolve) =>
      pb.awareness.on('change', () => {
        if (!pb.awareness.getStates().has(a.clientID)) resolve();
      }),
    );
    pa.destroy(); // leaving removes the client's awareness on every instance
    await gone;
  });

  it('with Redis down, edits still converge through the database; after it returns fan-out resumes', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(one, a, 'org:school-005');
    const pb = connect(two, b, 'org:school-005');
    await Promise.all([synced(pa), synced(pb)]);
    await redis.stop();
    for (let i = 0; i < 20; i++) a.getArray<number>('log').push([i]);
    b.getMap('t').set('while-down', true);
    await until(b, () => b.getArray('log').length === 20);
    await until(a, () => a.getMap('t').get('while-down') === true);
    await redis.start();
    a.getMap('t').set('after', 'back');
    await until(b, () => b.getMap('t').get('after') === 'back');
    expect(b.getArray('log').toArray()).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it("instances that never saw each other's updates compact without losing them (snapshot from the database)", async () => {
    const nobody = await freePort(); // Redis unreachable and no gap checks: memories diverge
    const shared = {
      databaseUrl: pg.url,
      redisUrl: `redis://127.0.0.1:${nobody}`,
      resyncMs: 3_600_000,
      limits: { compactAfterUpdates: 2 },
    };
    const x = await startTestRelay({ ...shared, dataDir: ownDir() });
    const y = await startTestRelay({ ...shared, dataDir: ownDir() });
    // The start-up back-fills read every organization's document, a loaded one caught up with
    // the database first: done before the edits, so that x really never sees y's.
    await Promise.all([x.server.backfilled, y.server.backfilled]);
    const name = 'org:school-010';
    const cx = await MuxClient.connect(x.muxUrl);
    const cy = await MuxClient.connect(y.muxUrl);
    const dx = cx.subscribe(name);
    const dy = cy.subscribe(name);
    await Promise.all([cx.until(() => cx.synced.has(name)), cy.until(() => cy.synced.has(name))]);
    for (let i = 0; i < 12; i++) {
      const [client, doc, tag] = i % 2 ? ([cy, dy, 'y'] as const) : ([cx, dx, 'x'] as const);
      const before = client.ackCount(name);
      doc.getMap('t').set(`${tag}-${i}`, i);
      await client.until(() => client.ackCount(name) > before); // durable, seqs interleave
    }
    expect(dx.getMap('t').has('y-1')).toBe(false); // x really never saw y's edits
    cx.close();
    cy.close();
    await x.server.close(); // unloading compacts once more
    await y.server.close();
    expect((await storedDoc(name)).getMap('t').size).toBe(12);
  });
});
